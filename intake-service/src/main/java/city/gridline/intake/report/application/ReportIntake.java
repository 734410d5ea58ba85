package city.gridline.intake.report.application;

import city.gridline.contracts.ContactSeal;
import city.gridline.intake.report.domain.AcceptedReport;
import city.gridline.intake.report.domain.ReportStatus;
import city.gridline.intake.report.domain.ReportSubmission;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Accepts a report: records it under its (channel, source ticket) key — undecided, when it may repeat an open report
 * of the same category close by (重复上报) — then has {@link ReportCompletion} decide that, publish its events and
 * mark it published. A record never changes from a report of its own to a repeat once decided, and none is published
 * undecided: the relay may publish any unpublished record at any time, and one linked after it was published could
 * count as both; a repeat is unlinked, though, when the case it follows turns out to have ended before it came. A
 * crash or a broker outage between the steps leaves a recorded, unpublished report that the client's retry of the
 * same ticket or the relay finishes, under the same event ids; the client gets no 2xx until the broker has the
 * events. Every channel's text is normalized here, before anything is stored; the raw phone number is stored only
 * sealed; who filed the report (the request's caller) is stored with it.
 */
public class ReportIntake {

    private final ReportStore store;
    private final ReportCompletion completion;
    private final Clock clock;
    private final ContactSeal seal;
    private final Filers filers;

    /** {@code seal} may be null: no raw contact is kept. */
    public ReportIntake(ReportStore store, ReportCompletion completion, Clock clock, ContactSeal seal,
                        Filers filers) {
        this.store = store;
        this.completion = completion;
        this.clock = clock;
        this.seal = seal;
        this.filers = filers;
    }

    /** Files the report as the request's caller (a replay keeps who filed it first). */
    public Mono<Submitted> submit(ReportSubmission submitted, String traceId) {
        ReportSubmission submission = submitted.normalized();
        return filers.current().map(Optional::of).defaultIfEmpty(Optional.empty())
                .map(filedBy -> AcceptedReport.accept(submission, UUID.randomUUID().toString(),
                        UUID.randomUUID().toString(), traceId, clock.instant(), seal, filedBy.orElse(null)))
                .flatMap(accepted -> file(submission, accepted));
    }

    private Mono<Submitted> file(ReportSubmission submission, AcceptedReport accepted) {
        return store.insertOrFindByTicket(completion.toRecord(accepted)).flatMap(stored -> {
            boolean replay = !stored.reportId().equals(accepted.reportId());
            if (replay && !stored.sameSubmissionAs(accepted)) {
                return Mono.error(new TicketConflictException(submission.channel(), submission.sourceTicketId(),
                        stored.reportId()));
            }
            return completion.complete(stored, true).map(filed -> Submitted.of(filed, replay));
        });
    }

    /** Makes a report wrongly merged into another stand for its own case: it is published and gets one. */
    public Mono<Submitted> unlink(String reportId) {
        return store.findAccepted(reportId)
                .switchIfEmpty(Mono.error(() -> new ReportNotFoundException(reportId)))
                .flatMap(found -> found.duplicate() ? store.unlink(reportId)
                        : Mono.error(new NotADuplicateException(reportId)))
                .switchIfEmpty(Mono.error(() -> new NotADuplicateException(reportId)))
                .flatMap(unlinked -> completion.complete(unlinked, true).map(filed -> Submitted.of(filed, false)));
    }

    /**
     * The repeats of a report whose case ended at {@code endedAt} (closed or cancelled) that intake received after
     * that, while it did not know yet: each is a report of its own again, with its own case. Gives how many.
     */
    public Mono<Long> unlinkRepeatsReceivedAfter(String reportId, Instant endedAt) {
        return store.duplicatesReceivedAfter(reportId, endedAt)
                .concatMap(repeat -> unlink(repeat).onErrorResume(NotADuplicateException.class, gone -> Mono.empty()))
                .count();
    }

    /**
     * The outcome of a submission; {@code replay} when the ticket had been filed before; {@code duplicateOf} the
     * open report this one repeats, whose case its reporter now follows.
     */
    public record Submitted(String reportId, ReportStatus status, boolean replay, String duplicateOf) {

        static Submitted of(AcceptedReport report, boolean replay) {
            return new Submitted(report.reportId(), ReportStatus.RECEIVED, replay, report.duplicateOf());
        }
    }

    /** The report repeats no other: there is nothing to unlink. */
    public static class NotADuplicateException extends RuntimeException {

        public NotADuplicateException(String reportId) {
            super("report " + reportId + " is not merged into another report");
        }
    }
}
