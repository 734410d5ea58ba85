package city.gridline.notification.callback.application;

public class CallbackAlreadyRecordedException extends RuntimeException {

    public CallbackAlreadyRecordedException(String caseNumber) {
        super("The call-back of case " + caseNumber + " has been recorded already.");
    }
}
