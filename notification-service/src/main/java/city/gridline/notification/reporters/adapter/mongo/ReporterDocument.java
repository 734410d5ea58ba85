package city.gridline.notification.reporters.adapter.mongo;

import city.gridline.contracts.SealedContact;
import city.gridline.notification.reporters.domain.Reporter;
import org.springframework.data.annotation.Id;

import java.time.Instant;

/** A reporter in the {@code reporters} collection; the phone number stays sealed at rest. */
record ReporterDocument(@Id String reportId, String primaryReportId, String channel, String sourceTicketId,
                        String maskedPhone, SealedContact contact, Instant receivedAt) {

    static ReporterDocument of(Reporter r) {
        return new ReporterDocument(r.reportId(), r.primaryReportId(), r.channel(), r.sourceTicketId(),
                r.maskedPhone(), r.contact(), r.receivedAt());
    }

    Reporter toReporter() {
        return new Reporter(reportId, primaryReportId, channel, sourceTicketId, maskedPhone, contact, receivedAt);
    }
}
