package city.gridline.notification.delivery.application;

public class NotificationNotFoundException extends RuntimeException {

    public NotificationNotFoundException(String id) {
        super("No notification " + id + ".");
    }
}
