package city.gridline.notification.delivery.domain;

/**
 * PENDING → SENT, or → FAILED (another round follows) → … → DEAD (given up; only a re-send revives it).
 * <ul>
 *   <li>HELD: created while deliveries are held (as after a restore of the database, when the replay would send again
 *   what went out before); a release or a re-send makes it PENDING, a discard DISCARDED.</li>
 *   <li>DISCARDED: an operator decided a HELD or DEAD notification is not to go out; it is kept, and a re-send would
 *   still send it.</li>
 * </ul>
 */
public enum NotificationState {
    PENDING,
    SENT,
    FAILED,
    DEAD,
    HELD,
    DISCARDED
}
