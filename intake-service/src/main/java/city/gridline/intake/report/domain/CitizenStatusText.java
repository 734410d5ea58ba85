package city.gridline.intake.report.domain;

import city.gridline.contracts.event.UnlocatableReason;

/**
 * Where a report stands, in the words a hotline operator reads out to the citizen who reported it (办理状态). Only
 * what a citizen may hear: no reasons written for staff, no member names.
 */
public final class CitizenStatusText {

    private CitizenStatusText() {
    }

    public static String of(ReportView view) {
        return switch (view.status()) {
            case RECEIVED -> "已受理，正在核实问题位置";
            case LOCATED -> "已受理，正在立案";
            // outside the district is final; an address nobody could place, or no grid yet, is for staff to place
            case UNLOCATABLE -> view.unlocatableReason() == null
                    || view.unlocatableReason() == UnlocatableReason.OUTSIDE_SERVICE_AREA
                    ? "已受理，但问题位置不在本区管辖范围内，未能立案" : "已受理，问题位置待工作人员人工核实";
            case OPENED -> "已立案，正在派遣处置单位";
            case DISPATCHED -> view.team() == null ? "已立案，已派遣处置单位"
                    : "已立案，已派遣" + view.team().name() + "处理";
            case RETURNED -> "已立案，正在重新派遣处置单位";
            case IN_PROGRESS -> "已立案，正在处理";
            case RESOLVED -> "已处理，正在核查处理结果";
            case BACKLOGGED -> "已立案，问题需较长时间解决，已列入挂账持续跟进";
            case CLOSED -> "已办结";
            case TRANSFERRED -> view.department() == null ? "不属于城市管理职责，已转交主管部门"
                    : "不属于城市管理职责，已转交" + view.department();
            case CANCELLED -> "经核实不予立案，已撤销";
            case MERGED -> view.mergedInto() == null ? "与其他案件为同一问题，已合并处理"
                    : "与案件" + view.mergedInto() + "为同一问题，已合并处理";
        };
    }
}
