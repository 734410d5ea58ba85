package city.gridline.notification.assessment.domain;

/**
 * The counts of one group and the rates made of them (城市管理考核):
 * <ul>
 *   <li>dispatch accuracy (派遣准确率): 1 − cases returned at least once / cases;</li>
 *   <li>on-time handling (按期处置率): resolved by the deadline in force with no earlier round late / resolved, plus
 *   reopened after a late round and not resolved again ({@code reopenedAfterLateRound}): a case late in one round
 *   stays late after a reopening (重办);</li>
 *   <li>closure (结案率): closed / cases;</li>
 *   <li>rework (返工率): the times a case went back to its team — failed verifications and reopenings after an
 *   unsatisfied call-back (重办) — / verifications and reopenings;</li>
 *   <li>response (响应率): cases signed for by the sign-by time of the dispatch in force / cases;</li>
 *   <li>resolution (解决率): cases the team reported handled / cases;</li>
 *   <li>satisfaction (满意率): satisfied and basically satisfied / call-backs recorded.</li>
 * </ul>
 * {@code overdueBacklog}: cases still open past their deadline now. Every case here was dispatched.
 */
public record GroupFigures(long cases, long returned, long resolved, long resolvedOnTime, long reopenedAfterLateRound,
                           long closed, long verifications, long failedVerifications, long reopenings,
                           long signedInTime, long overdueBacklog, long callbacks, long satisfied) {

    public static final GroupFigures NONE = new GroupFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public GroupFigures plus(AssessedCase c) {
        return new GroupFigures(cases + 1, returned + (c.returned() ? 1 : 0), resolved + (c.resolved() ? 1 : 0),
                resolvedOnTime + (c.resolvedOnTime() ? 1 : 0),
                reopenedAfterLateRound + (c.lateBeforeReopening() && !c.resolved() ? 1 : 0),
                closed + (c.closed() ? 1 : 0),
                verifications + c.verifications(), failedVerifications + c.failedVerifications(),
                reopenings + c.reopenings(),
                signedInTime + (c.signedInTime() ? 1 : 0), overdueBacklog + (c.overdueNow() ? 1 : 0),
                callbacks + (c.satisfied() != null ? 1 : 0), satisfied + (Boolean.TRUE.equals(c.satisfied()) ? 1 : 0));
    }

    public Double dispatchAccuracy() {
        return Rate.complementOf(returned, cases);
    }

    public Double onTimeRate() {
        return Rate.of(resolvedOnTime, resolved + reopenedAfterLateRound);
    }

    public Double closureRate() {
        return Rate.of(closed, cases);
    }

    public Double reworkRate() {
        return Rate.of(failedVerifications + reopenings, verifications + reopenings);
    }

    public Double responseRate() {
        return Rate.of(signedInTime, cases);
    }

    public Double resolutionRate() {
        return Rate.of(resolved, cases);
    }

    public Double satisfactionRate() {
        return Rate.of(satisfied, callbacks);
    }
}
