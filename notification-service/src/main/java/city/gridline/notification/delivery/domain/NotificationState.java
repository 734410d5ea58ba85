package city.gridline.notification.delivery.domain;

/** PENDING → SENT, or → FAILED (another round follows) → … → DEAD (given up; only a re-send revives it). */
public enum NotificationState {
    PENDING,
    SENT,
    FAILED,
    DEAD
}
