package city.gridline.notification.timeline.application;

public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String caseNumber) {
        super("No events of case " + caseNumber + " have been seen.");
    }
}
