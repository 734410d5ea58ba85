package city.gridline.notification.register.domain;

/** A case's status as a citizen reads it, in plain Chinese, without saying who in the city works on it. */
public final class CitizenStatus {

    private CitizenStatus() {
    }

    public static String of(CaseRecord record) {
        switch (record.status()) {
            case OPENED:
                return "已受理";
            case RESOLVED:
                return "已处置，待核查";
            case CLOSED:
                return "已办结";
            case REWORK:
                return record.reopenings().isEmpty() ? "处理中" : "经回访重新办理中";
            case TRANSFERRED:
                return "已转交" + (record.transferredTo() == null ? "相关部门" : record.transferredTo()) + "办理";
            case CANCELLED:
                return "已撤销";
            case MERGED:
                return "已合并至案件" + record.mergedInto() + "办理";
            default:
                // Dispatched, signed for, back for rework, returned for re-dispatch, on the backlog: being handled.
                return "处理中";
        }
    }
}
