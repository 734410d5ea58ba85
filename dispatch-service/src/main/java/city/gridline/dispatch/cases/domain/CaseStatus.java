package city.gridline.dispatch.cases.domain;

/** Where a case stands in its lifecycle. */
public enum CaseStatus {
    /** Filed (立案), not yet sent to a team. */
    OPENED(false),
    /** Sent to a team (派遣), waiting for it to sign. */
    DISPATCHED(false),
    /** The team signed for it (签收). */
    ACCEPTED(false),
    /** A member of the team is on site. */
    ON_SITE(false),
    /** The team reported it handled (处理反馈); a supervisor is to verify it. */
    RESOLVED(false),
    /** Verification failed, or an unsatisfied call-back reopened the closed case: back with the team (返工). */
    REWORK(false),
    /** Handed back by the team (退单), waiting for the command centre to re-dispatch it. */
    RETURNED(false),
    /** Unsolved after its extension, kept on the problem backlog (挂账); it can still be resolved. */
    BACKLOGGED(false),
    /** Verified and closed (结案). */
    CLOSED(true),
    /** Outside comprehensive enforcement: handed to its owning department. */
    TRANSFERRED(true),
    /** Cancelled as invalid. */
    CANCELLED(true),
    /** A duplicate, merged into another case. */
    MERGED(true);

    private final boolean terminal;

    CaseStatus(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean terminal() {
        return terminal;
    }

    /** Whether other cases may be merged into a case in this status: not into a duplicate, nor a cancelled case. */
    public boolean takesDuplicates() {
        return this != MERGED && this != CANCELLED;
    }

    /** The team holds the task and works it: it may check in, upload evidence, resolve, return, ask for time. */
    public boolean inHandsOfTeam() {
        return this == ACCEPTED || this == ON_SITE || this == REWORK || this == BACKLOGGED;
    }
}
