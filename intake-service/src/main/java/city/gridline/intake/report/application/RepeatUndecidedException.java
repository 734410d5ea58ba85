package city.gridline.intake.report.application;

/**
 * Whether a report repeats another cannot be told yet: a report near it, filed about the same time, is still being
 * decided (its request may have died; the relay then decides it). Like a broker refusal, the report is recorded and
 * the relay publishes it; the caller may retry the same ticket later.
 */
public class RepeatUndecidedException extends BrokerUnavailableException {

    public RepeatUndecidedException(String reportId) {
        super("report " + reportId + ", filed about the same time near this one, is not decided yet");
    }
}
