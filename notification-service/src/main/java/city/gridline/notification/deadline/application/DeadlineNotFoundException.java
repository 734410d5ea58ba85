package city.gridline.notification.deadline.application;

public class DeadlineNotFoundException extends RuntimeException {

    public DeadlineNotFoundException(String caseNumber) {
        super("Case " + caseNumber + " has no deadline: it has not been dispatched, or its dispatch has not arrived yet.");
    }
}
