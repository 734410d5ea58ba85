package city.gridline.notification.delivery.adapter.sms;

/** The SMS gateway failed to take a message for a reason that may pass: 5xx, 408, 429, timeout, no connection. */
public class SmsGatewayException extends RuntimeException {

    public SmsGatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
