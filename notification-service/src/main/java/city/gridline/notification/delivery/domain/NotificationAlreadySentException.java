package city.gridline.notification.delivery.domain;

public class NotificationAlreadySentException extends RuntimeException {

    public NotificationAlreadySentException(String id) {
        super("Notification " + id + " was already delivered; it is not sent twice.");
    }
}
