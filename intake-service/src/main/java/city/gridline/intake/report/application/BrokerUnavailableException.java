package city.gridline.intake.report.application;

/** The broker did not acknowledge a report; the caller should retry the same ticket later. */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(Throwable cause) {
        super("the message broker did not acknowledge the report", cause);
    }

    protected BrokerUnavailableException(String message) {
        super(message);
    }
}
