package city.gridline.notification.delivery.adapter.webhook;

/** A webhook's receiver failed to take a message for a reason that may pass: 5xx, 408, 429, timeout, no connection. */
public class WebhookException extends RuntimeException {

    public WebhookException(String message, Throwable cause) {
        super(message, cause);
    }
}
