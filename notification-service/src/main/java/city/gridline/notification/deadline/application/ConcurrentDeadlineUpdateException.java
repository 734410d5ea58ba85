package city.gridline.notification.deadline.application;

/** The deadline was changed meanwhile (the watcher announced a step); the event is retried on the fresh deadline. */
public class ConcurrentDeadlineUpdateException extends RuntimeException {

    public ConcurrentDeadlineUpdateException(String caseNumber) {
        super("The deadline of case " + caseNumber + " was changed by someone else meanwhile.");
    }
}
