package city.gridline.notification.delivery.application;

public class ConcurrentNotificationUpdateException extends RuntimeException {

    public ConcurrentNotificationUpdateException(String id) {
        super("Notification " + id + " was changed by someone else meanwhile, or a delivery round holds it; read it"
                + " again.");
    }
}
