package city.gridline.notification.delivery.application;

/** The channel refused the message (a bad number, a text it does not accept): sending it again would not help. */
public class DeliveryRejectedException extends RuntimeException {

    public DeliveryRejectedException(String message) {
        super(message);
    }
}
