package city.gridline.notification.deadline.domain;

/** Where a case stands against its deadline. */
public enum DeadlineState {
    ON_TIME,
    /** Past the warning share of the limit, not yet past the deadline. */
    WARNING,
    OVERDUE
}
