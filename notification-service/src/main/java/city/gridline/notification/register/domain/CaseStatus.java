package city.gridline.notification.register.domain;

/** Where a case stands in its lifecycle, as the register last saw it. */
public enum CaseStatus {
    OPENED,
    DISPATCHED,
    ACCEPTED,
    /** The team reported it handled; waiting for the supervisor's check. */
    RESOLVED,
    /** The check failed: back with the team (返工). */
    REWORK,
    /** The team handed it back (退单); waiting for a re-dispatch. */
    RETURNED,
    /** Unsolved after its extension (挂账). */
    BACKLOGGED,
    CLOSED,
    TRANSFERRED,
    CANCELLED,
    MERGED;

    /** Whether the case has reached an end: closed, handed to another department, cancelled or merged. */
    public boolean isFinal() {
        return this == CLOSED || this == TRANSFERRED || this == CANCELLED || this == MERGED;
    }
}
