package city.gridline.intake.report.domain;

import java.util.Optional;

/**
 * How far a report has come, as intake learns it from the events of later services.
 *
 * <p>Events of different topics ({@code reports.located}, {@code cases.events}) may arrive in any order, so up to
 * {@link #OPENED} a status only moves forward in {@link #rank()}, and from {@link #UNLOCATABLE} to {@link #LOCATED}
 * of the same rank (never back) when a person placed the report grid could not. After that the case's own events
 * decide: they arrive in the order they happened (one case, one partition), so each replaces whatever came before —
 * a case dispatched again after {@link #RETURNED} is {@link #DISPATCHED} again, one that failed verification goes
 * back to {@link #IN_PROGRESS} — unless it happened before the step recorded: then it is an event published again on
 * its own (a restored dispatch's outbox) and changes nothing.
 */
public enum ReportStatus {
    RECEIVED(0, false),
    LOCATED(1, false),
    /** Grid could not place it in the district: no case follows, unless a person places it on grid's triage list. */
    UNLOCATABLE(1, true),
    /** Filed as a case (立案). */
    OPENED(2, false),
    /** Sent to a team (派遣), which has not signed for it yet. */
    DISPATCHED(CaseSequence.RANK, false),
    /** The team handed it back (退单); the command centre dispatches it again. */
    RETURNED(CaseSequence.RANK, false),
    /**
     * The team signed for it (签收) or is on site; also a case sent back for rework (返工), after a failed verification
     * or when an unsatisfied call-back reopened it (重办).
     */
    IN_PROGRESS(CaseSequence.RANK, false),
    /** The team reported it handled (处理反馈); a supervisor checks the result (核查). */
    RESOLVED(CaseSequence.RANK, false),
    /** Unsolved after its extension: kept on the problem backlog (挂账), still followed. */
    BACKLOGGED(CaseSequence.RANK, false),
    /** Closed after a passed verification (结案). */
    CLOSED(CaseSequence.RANK, true),
    /** Outside comprehensive enforcement: handed to the owning department (移交). */
    TRANSFERRED(CaseSequence.RANK, true),
    /** Cancelled as invalid (作废). */
    CANCELLED(CaseSequence.RANK, true),
    /** The case repeated another and was merged into it; its reporters follow that case. */
    MERGED(CaseSequence.RANK, true);

    private final int rank;
    private final boolean isFinal;

    ReportStatus(int rank, boolean isFinal) {
        this.rank = rank;
        this.isFinal = isFinal;
    }

    public int rank() {
        return rank;
    }

    /**
     * The status replaces a recorded one whose rank is below this: a status before the case only a lower one, a step
     * of the case's own sequence any.
     */
    public int replacesRanksBelow() {
        return isStepOfTheCase() ? rank + 1 : rank;
    }

    /** A status of the case's own sequence, set by its events in the order they happened. */
    public boolean isStepOfTheCase() {
        return rank == CaseSequence.RANK;
    }

    /**
     * The status of the same rank this one takes the place of, besides those ranked below it: a report grid could not
     * place is {@link #LOCATED} once a person placed it on grid's triage list.
     */
    public Optional<ReportStatus> alsoReplaces() {
        return this == LOCATED ? Optional.of(UNLOCATABLE) : Optional.empty();
    }

    /** Whether this status, learned now, takes the place of the one recorded. */
    public boolean replaces(ReportStatus recorded) {
        return recorded.rank() < replacesRanksBelow() || alsoReplaces().filter(recorded::equals).isPresent();
    }

    /** Nothing more will happen to the report in Gridline. */
    public boolean isFinal() {
        return isFinal;
    }

    private static final class CaseSequence {
        private static final int RANK = 3;
    }
}
