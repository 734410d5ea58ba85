package city.gridline.dispatch.cases.application;

/** What an overdue notice from the notification service did to the case it names. */
public enum OverdueNotice {
    /** The case is on the overdue queue. */
    RECORDED,
    /** The case has had a new deadline since the notice was found: nothing changed. */
    STALE,
    /** Dispatch holds no case of that number. */
    UNKNOWN_CASE
}
