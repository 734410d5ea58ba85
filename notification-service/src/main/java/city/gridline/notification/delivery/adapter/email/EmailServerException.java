package city.gridline.notification.delivery.adapter.email;

/** The mail server could not be reached, or failed the message: worth another try. */
public class EmailServerException extends RuntimeException {

    public EmailServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
