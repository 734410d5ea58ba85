package city.gridline.notification.delivery.domain;

/** Who receives a notification: citizens get quiet hours, teams on duty do not. */
public enum RecipientKind {
    CITIZEN,
    TEAM,
    /** The command centre's duty desk: told of every escalation. */
    COMMAND_CENTRE,
    /** Another system, through a webhook. */
    SYSTEM,
    /** An office's mailbox (the supervision office, the district's leadership): told of supervision and public reports. */
    OFFICE
}
