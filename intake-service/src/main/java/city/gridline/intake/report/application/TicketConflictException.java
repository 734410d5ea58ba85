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

    public String existingReportId() {
        return existingReportId;
    }
}
