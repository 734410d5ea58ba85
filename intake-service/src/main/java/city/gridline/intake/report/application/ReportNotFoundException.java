package city.gridline.intake.report.application;

import city.gridline.contracts.Channel;

public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(String reportId) {
        super("No report " + reportId + ".");
    }

    private ReportNotFoundException(Channel channel, String sourceTicketId) {
        super("No report of channel " + channel.code() + " with ticket " + sourceTicketId + ".");
    }

    public static ReportNotFoundException ofTicket(Channel channel, String sourceTicketId) {
        return new ReportNotFoundException(channel, sourceTicketId);
    }
}
