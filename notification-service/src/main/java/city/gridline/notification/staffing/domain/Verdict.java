package city.gridline.notification.staffing.domain;

/** An area's standing against the staffing policy. */
public enum Verdict {
    /** Every bound met. */
    COMPLIANT,
    /** At least one bound breached. */
    NON_COMPLIANT,
    /** No bound breached, but not every one could be judged (no residents known). */
    INCOMPLETE
}
