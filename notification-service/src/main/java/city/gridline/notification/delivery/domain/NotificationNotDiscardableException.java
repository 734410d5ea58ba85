package city.gridline.notification.delivery.domain;

public class NotificationNotDiscardableException extends RuntimeException {

    public NotificationNotDiscardableException(String id, NotificationState state) {
        super("Notification " + id + " is " + state + "; only a HELD or DEAD notification can be discarded.");
    }
}
