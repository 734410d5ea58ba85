package city.gridline.intake.report.domain;

import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportReceived;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A report intake has taken responsibility for: the event that announces it, the event id it is published under
 * (fixed before the first attempt, so every retry publishes the very same event), the fingerprint of what was
 * submitted, whether the broker has it yet, what normalization did to its text and what its channel told beyond the
 * event ({@code source}, may be null). Only the masked contact is kept.
 */
public record AcceptedReport(String eventId, String traceId, String fingerprint, boolean published,
                             ReportReceived report, List<Normalization> normalizations, SourceDetails source) {

    public static final String SOURCE = "/gridline/intake-service";

    public AcceptedReport {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(report, "report");
        normalizations = normalizations == null ? List.of() : List.copyOf(normalizations);
    }

    /** Accepts a {@link ReportSubmission#normalized() normalized} submission. */
    public static AcceptedReport accept(ReportSubmission submission, String reportId, String eventId, String traceId,
                                        Instant receivedAt) {
        ReportReceived report = new ReportReceived(reportId, submission.channel(), submission.sourceTicketId(),
                submission.categoryCode(), submission.description(), submission.location(), submission.address(),
                ReporterContact.mask(submission.reporterName(), submission.reporterPhone()), receivedAt);
        return new AcceptedReport(eventId, traceId, submission.fingerprint(), false, report,
                submission.normalizations().stream().sorted().toList(), submission.source());
    }

    public String reportId() {
        return report.reportId();
    }

    public EventEnvelope<ReportReceived> receivedEvent() {
        return EventEnvelope.wrap(report, eventId, report.receivedAt(), traceId, SOURCE);
    }
}
