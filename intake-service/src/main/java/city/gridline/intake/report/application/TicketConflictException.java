package city.gridline.intake.report.application;

import city.gridline.contracts.Channel;

/** A ticket number already filed with different content: a retry must repeat the original report exactly. */
public class TicketConflictException extends RuntimeException {

    private final String existingReportId;

    public TicketConflictException(Channel channel, String sourceTicketId, String existingReportId) {
        super("Ticket " + sourceTicketId + " of channel " + channel.code()
                + " was already filed with different content as report " + existingReportId + ".");
        this.existingReportId = existingReportId;
    }

    /** The ticket waits for manual classification with other content: there is no report yet. */
    public TicketConflictException(Channel channel, String sourceTicketId) {
        super("Ticket " + sourceTicketId + " of channel " + channel.code()
                + " was already handed over with different content and waits for classification.");
        this.existingReportId = null;
    }

    public String existingReportId() {
        return existingReportId;
    }
}
