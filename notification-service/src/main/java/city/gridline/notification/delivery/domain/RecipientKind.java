package city.gridline.notification.delivery.domain;

/** Who receives a notification: citizens get quiet hours, teams on duty do not. */
public enum RecipientKind {
    CITIZEN,
    TEAM
}
