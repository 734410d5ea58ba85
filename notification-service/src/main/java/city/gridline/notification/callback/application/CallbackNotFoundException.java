package city.gridline.notification.callback.application;

public class CallbackNotFoundException extends RuntimeException {

    public CallbackNotFoundException(String caseNumber) {
        super("Case " + caseNumber + " has no call-back task: it is unknown or not closed yet.");
    }
}
