package city.gridline.notification.register.application;

/** Another consumer stored the case's record meanwhile (a rebalance); the event is retried on the fresh record. */
public class ConcurrentCaseRecordUpdateException extends RuntimeException {

    public ConcurrentCaseRecordUpdateException(String caseNumber) {
        super("The register's record of case " + caseNumber + " was changed by someone else meanwhile.");
    }
}
