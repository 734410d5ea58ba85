package city.gridline.notification.deadline.domain;

/** Why a case's clock stopped for good. */
public enum StopReason {
    CLOSED,
    CANCELLED,
    MERGED,
    TRANSFERRED
}
