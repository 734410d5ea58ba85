package city.gridline.notification.reporters.domain;

/**
 * What reporters are told of their case: that it was filed (with the deadline), handed to another department,
 * closed, or reopened after their unsatisfied call-back (with the new deadline). Each is told once per reporter and
 * case — the notification id is derived from the three, and for a closure or a reopening also from its time, since a
 * reopened case is closed again.
 */
public enum CaseNews {
    FILED,
    TRANSFERRED,
    CLOSED,
    REOPENED,
    /** Merged into another case (并案), whose news the reporter follows from then on. */
    MERGED
}
