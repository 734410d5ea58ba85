package city.gridline.notification.reporters.domain;

import city.gridline.contracts.SealedContact;
import city.gridline.contracts.event.ReporterRegistered;

import java.time.Instant;
import java.util.Objects;

/**
 * A citizen who reported a problem and is to be told its outcome: their report, the report whose case they follow
 * (their own, or the open report theirs repeats), their phone number, sealed (null when they left none or once it
 * was erased), and when intake received the report (null for reporters stored before it was kept).
 */
public record Reporter(String reportId, String primaryReportId, String channel, String sourceTicketId,
                       String maskedPhone, SealedContact contact, Instant receivedAt) {

    public Reporter {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(primaryReportId, "primaryReportId");
    }

    public static Reporter of(ReporterRegistered registered) {
        return new Reporter(registered.reportId(), registered.primaryReportId(), registered.channel().code(),
                registered.sourceTicketId(), registered.masked() == null ? null : registered.masked().phone(),
                registered.contact(), registered.receivedAt());
    }

    /** This reporter, following the case of another report. */
    public Reporter following(String otherPrimaryReportId) {
        return new Reporter(reportId, otherPrimaryReportId, channel, sourceTicketId, maskedPhone, contact, receivedAt);
    }

    public boolean reachable() {
        return contact != null;
    }
}
