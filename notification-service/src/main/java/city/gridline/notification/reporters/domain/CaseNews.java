package city.gridline.notification.reporters.domain;

/**
 * What reporters are told of their case: that it was filed (with the deadline), handed to another department, or
 * closed. Each is told once per reporter and case — the notification id is derived from the three.
 */
public enum CaseNews {
    FILED,
    TRANSFERRED,
    CLOSED
}
