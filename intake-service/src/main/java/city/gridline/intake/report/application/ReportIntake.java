package city.gridline.intake.report.application;

import city.gridline.intake.report.domain.AcceptedReport;
import city.gridline.intake.report.domain.ReportStatus;
import city.gridline.intake.report.domain.ReportSubmission;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.UUID;

/**
 * Accepts a report: records it under its (channel, source ticket) key first, then publishes it, then marks it
 * published. A crash or a broker outage between the steps leaves a recorded, unpublished report that the
 * client's retry of the same ticket publishes, under the same event id; the client gets no 2xx until the broker
 * has the event. Every channel's text is normalized here, before anything is stored.
 */
public class ReportIntake {

    private final ReportStore store;
    private final ReportPublisher publisher;
    private final Clock clock;

    public ReportIntake(ReportStore store, ReportPublisher publisher, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Mono<Submitted> submit(ReportSubmission submitted, String traceId) {
        ReportSubmission submission = submitted.normalized();
        AcceptedReport candidate = AcceptedReport.accept(submission, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), traceId, clock.instant());
        return store.insertOrFindByTicket(candidate).flatMap(stored -> {
            boolean replay = !stored.reportId().equals(candidate.reportId());
            if (replay && !stored.fingerprint().equals(candidate.fingerprint())) {
                return Mono.error(new TicketConflictException(submission.channel(), submission.sourceTicketId(),
                        stored.reportId()));
            }
            Submitted outcome = new Submitted(stored.reportId(), ReportStatus.RECEIVED, replay);
            if (stored.published()) {
                return Mono.just(outcome);
            }
            return publisher.publish(stored.receivedEvent())
                    .then(store.markPublished(stored.reportId()))
                    .thenReturn(outcome);
        });
    }

    /** The outcome of a submission; {@code replay} when the ticket had been filed before. */
    public record Submitted(String reportId, ReportStatus status, boolean replay) {
    }
}
