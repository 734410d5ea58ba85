package city.gridline.notification.deadline.domain;

/** The steps taken on an overdue case, in rising order. */
public enum EscalationLevel {
    /** 催办: the team is chased. */
    CHASE,
    /** 督办: the command centre supervises the case. */
    SUPERVISE,
    /** 通报: the overdue case is reported publicly (通报批评). */
    PUBLIC_REPORT
}
