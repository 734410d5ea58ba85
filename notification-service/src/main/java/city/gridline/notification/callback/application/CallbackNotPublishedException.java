package city.gridline.notification.callback.application;

public class CallbackNotPublishedException extends RuntimeException {

    public CallbackNotPublishedException(String caseNumber, Throwable cause) {
        super("The call-back result of case " + caseNumber + " could not be published; nothing was recorded.", cause);
    }
}
