package city.gridline.intake.report.domain;

import city.gridline.contracts.ContactSeal;
import city.gridline.contracts.SealedContact;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.GridlineEvent;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.contracts.event.ReporterRegistered;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report intake has taken responsibility for: the event that announces it, the event id it is published under
 * (fixed before the first attempt, so every retry publishes the very same event), the fingerprint of what was
 * submitted, whether the broker has it yet, what normalization did to its text and what its channel told beyond the
 * event ({@code source}, may be null). The raw phone number is kept only sealed ({@code contact}, null when the
 * caller left none or no contact key is configured). {@code duplicateOf} names the open report this one repeats;
 * a duplicate is not published on {@code reports.received} — its reporter follows the other report's case.
 * {@code filedBy} is who filed it (null when unknown, and for reports filed before it was kept); it stays in intake.
 * A report that may repeat another is recorded {@code undecided}, and is decided before it is published; one decided
 * while an earlier report near it was not decided yet {@code follows} that report, until it is known which case that
 * one stands for and {@code duplicateOf} names it (see {@code ReportCompletion}).
 */
public record AcceptedReport(String eventId, String traceId, String fingerprint, boolean published,
                             ReportReceived report, List<Normalization> normalizations, SourceDetails source,
                             SealedContact contact, String duplicateOf, String duplicateReason, FiledBy filedBy,
                             boolean undecided, String follows) {

    public static final String SOURCE = "/gridline/intake-service";
    /**
     * The fingerprint of a report whose reporter's number was erased: the digest covered the raw number, and a
     * number has too few digits unknown behind its mask to stay hidden behind a digest.
     */
    public static final String FINGERPRINT_ERASED = "erased";

    public AcceptedReport {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(report, "report");
        normalizations = normalizations == null ? List.of() : List.copyOf(normalizations);
    }

    /** Accepts a {@link ReportSubmission#normalized() normalized} submission. */
    public static AcceptedReport accept(ReportSubmission submission, String reportId, String eventId, String traceId,
                                        Instant receivedAt, ContactSeal seal, FiledBy filedBy) {
        ReportReceived report = new ReportReceived(reportId, submission.channel(), submission.sourceTicketId(),
                submission.categoryCode(), submission.description(), submission.location(), submission.address(),
                ReporterContact.mask(submission.reporterName(), submission.reporterPhone()), receivedAt);
        String phone = submission.reporterPhone();
        SealedContact contact = seal == null || phone == null || phone.isBlank() ? null : seal.seal(phone.strip());
        return new AcceptedReport(eventId, traceId, submission.fingerprint(), false, report,
                submission.normalizations().stream().sorted().toList(), submission.source(), contact, null, null,
                filedBy, false, null);
    }

    /**
     * Whether {@code retry}, filed under this report's ticket, is the same submission sent again. After the
     * fingerprint was erased that can no longer be told, and the ticket's first answer stands.
     */
    public boolean sameSubmissionAs(AcceptedReport retry) {
        return FINGERPRINT_ERASED.equals(fingerprint) || fingerprint.equals(retry.fingerprint());
    }

    /** This report, merged into the open report it repeats. */
    public AcceptedReport duplicating(DuplicateRule.Match match) {
        return new AcceptedReport(eventId, traceId, fingerprint, published, report, normalizations, source, contact,
                match.primary().reportId(), match.reason(), filedBy, false, null);
    }

    /** This report, unlinked from the report it was wrongly merged into: it stands for its own case again. */
    public AcceptedReport unlinked() {
        return new AcceptedReport(eventId, traceId, fingerprint, false, report, normalizations, source, contact,
                null, null, filedBy, false, null);
    }

    /** This report as it is recorded before it is decided whether it repeats another. */
    public AcceptedReport asUndecided() {
        return new AcceptedReport(eventId, traceId, fingerprint, published, report, normalizations, source, contact,
                null, null, filedBy, true, null);
    }

    /** This report, decided to stand for its own case. */
    public AcceptedReport asOwn() {
        return new AcceptedReport(eventId, traceId, fingerprint, published, report, normalizations, source, contact,
                null, null, filedBy, false, null);
    }

    /** This report, decided to follow the case of an earlier report near it that is not decided yet itself. */
    public AcceptedReport following(String earlierReportId) {
        return new AcceptedReport(eventId, traceId, fingerprint, published, report, normalizations, source, contact,
                null, null, filedBy, false, earlierReportId);
    }

    public boolean duplicate() {
        return duplicateOf != null;
    }

    /** Decided, and the case it follows known: its events can be told. */
    public boolean settled() {
        return !undecided && follows == null;
    }

    /**
     * The events that announce the report, in order, each under an id fixed by the report's own event id — so a
     * retry, the relay or a crash in between publishes the very same events: the report itself (unless it is a
     * duplicate), then whose case its reporter follows.
     */
    public List<EventEnvelope<? extends GridlineEvent>> events() {
        if (!settled()) {
            throw new IllegalStateException("report " + reportId() + " is not decided yet");
        }
        List<EventEnvelope<? extends GridlineEvent>> events = new ArrayList<>();
        if (!duplicate()) {
            events.add(receivedEvent());
        }
        String primary = duplicate() ? duplicateOf : report.reportId();
        String reason = duplicate() ? duplicateReason : "reports its own case";
        ReporterRegistered reporter = new ReporterRegistered(report.reportId(), primary, report.channel(),
                report.sourceTicketId(), report.reporter(), contact, reason, report.receivedAt());
        events.add(EventEnvelope.wrap(reporter, EventEnvelope.derivedEventId(eventId, "reporter/" + primary),
                report.receivedAt(), traceId, SOURCE));
        return events;
    }

    public String reportId() {
        return report.reportId();
    }

    public EventEnvelope<ReportReceived> receivedEvent() {
        return EventEnvelope.wrap(report, eventId, report.receivedAt(), traceId, SOURCE);
    }
}
