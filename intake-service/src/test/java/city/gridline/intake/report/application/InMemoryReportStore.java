package city.gridline.intake.report.application;

import city.gridline.contracts.GeoPoint;
import city.gridline.intake.report.domain.AcceptedReport;
import city.gridline.intake.report.domain.DuplicateRule;
import city.gridline.intake.report.domain.ReportProgress;
import city.gridline.intake.report.domain.ReportQuery;
import city.gridline.intake.report.domain.ReportView;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reports in memory, with the conditional updates of the MongoDB store: a decision is recorded only on an undecided
 * report, a follower settled only while it follows the report named. Safe to use from several threads.
 */
final class InMemoryReportStore implements ReportStore {

    private final Map<String, AcceptedReport> reports = new LinkedHashMap<>();
    private Runnable meanwhile = () -> { };

    /** Runs once, at the next look-up of reports near a spot, after the look-up saw what is stored. */
    synchronized void meanwhileNextLookUp(Runnable meanwhile) {
        this.meanwhile = meanwhile;
    }

    synchronized AcceptedReport put(AcceptedReport report) {
        reports.put(report.reportId(), report);
        return report;
    }

    synchronized AcceptedReport get(String reportId) {
        return reports.get(reportId);
    }

    synchronized AcceptedReport byTicket(String sourceTicketId) {
        return reports.values().stream().filter(stored -> stored.report().sourceTicketId().equals(sourceTicketId))
                .findFirst().orElse(null);
    }

    static AcceptedReport asPublished(AcceptedReport r) {
        return new AcceptedReport(r.eventId(), r.traceId(), r.fingerprint(), true, r.report(), r.normalizations(),
                r.source(), r.contact(), r.duplicateOf(), r.duplicateReason(), r.filedBy(), r.undecided(),
                r.follows());
    }

    @Override
    public Mono<AcceptedReport> insertOrFindByTicket(AcceptedReport report) {
        return Mono.fromCallable(() -> insertOrFind(report));
    }

    private synchronized AcceptedReport insertOrFind(AcceptedReport report) {
        return reports.values().stream()
                .filter(stored -> stored.report().channel() == report.report().channel()
                        && stored.report().sourceTicketId().equals(report.report().sourceTicketId()))
                .findFirst().orElseGet(() -> put(report));
    }

    @Override
    public Mono<Void> markPublished(String reportId) {
        return Mono.fromRunnable(() -> {
            synchronized (this) {
                reports.computeIfPresent(reportId, (id, r) -> asPublished(r));
            }
        });
    }

    @Override
    public Flux<AcceptedReport> unpublishedBefore(Instant before, int limit) {
        return Flux.defer(() -> Flux.fromIterable(unpublished(before, limit)));
    }

    private synchronized List<AcceptedReport> unpublished(Instant before, int limit) {
        return reports.values().stream()
                .filter(r -> !r.published() && r.report().receivedAt().isBefore(before))
                .sorted(Comparator.comparing(r -> r.report().receivedAt())).limit(limit).toList();
    }

    @Override
    public Mono<ReportView> find(String reportId) {
        return Mono.empty();
    }

    @Override
    public Mono<AcceptedReport> findAccepted(String reportId) {
        return Mono.fromCallable(() -> get(reportId));
    }

    @Override
    public Flux<DuplicateRule.Nearby> reportsNear(String categoryCode, GeoPoint point, double metres,
                                                  Instant since) {
        return Flux.defer(() -> {
            List<DuplicateRule.Nearby> seen = near(categoryCode, since);
            takeMeanwhile().run();
            return Flux.fromIterable(seen);
        });
    }

    private synchronized List<DuplicateRule.Nearby> near(String categoryCode, Instant since) {
        return reports.values().stream()
                .filter(r -> r.report().location() != null && r.report().categoryCode().equals(categoryCode)
                        && !r.report().receivedAt().isBefore(since) && r.duplicateOf() == null && r.follows() == null)
                .map(r -> new DuplicateRule.Nearby(r.report(), r.undecided()))
                .toList();
    }

    private synchronized Runnable takeMeanwhile() {
        Runnable now = meanwhile;
        meanwhile = () -> { };
        return now;
    }

    @Override
    public Mono<AcceptedReport> decide(AcceptedReport decided) {
        return Mono.fromCallable(() -> replaceIf(decided, AcceptedReport::undecided));
    }

    @Override
    public Mono<Boolean> follow(String undecidedReportId, String reportId) {
        return Mono.fromCallable(() -> {
            synchronized (this) {
                AcceptedReport stored = reports.get(undecidedReportId);
                if (stored == null || !stored.undecided()) {
                    return false;
                }
                reports.put(undecidedReportId, stored.following(reportId));
                return true;
            }
        });
    }

    @Override
    public Mono<AcceptedReport> settle(AcceptedReport settled, String followed) {
        return Mono.fromCallable(() -> replaceIf(settled, stored -> followed.equals(stored.follows())));
    }

    private synchronized AcceptedReport replaceIf(AcceptedReport replacement, Predicate<AcceptedReport> precondition) {
        AcceptedReport stored = reports.get(replacement.reportId());
        if (stored != null && precondition.test(stored)) {
            reports.put(replacement.reportId(), replacement);
            return replacement;
        }
        return stored;
    }

    @Override
    public Mono<AcceptedReport> unlink(String reportId) {
        return Mono.empty();
    }

    @Override
    public Flux<String> duplicatesOf(String reportId) {
        return Flux.empty();
    }

    @Override
    public Flux<String> duplicatesReceivedAfter(String reportId, Instant instant) {
        return Flux.empty();
    }

    @Override
    public Flux<ReportView> search(ReportQuery query) {
        return Flux.empty();
    }

    @Override
    public Mono<Boolean> apply(ReportProgress progress) {
        return Mono.just(false);
    }

    @Override
    public Mono<Long> eraseEndedBetween(Instant from, Instant to) {
        return Mono.just(0L);
    }

    @Override
    public Mono<Long> eraseReceivedBetween(Instant from, Instant to) {
        return Mono.just(0L);
    }

    @Override
    public Mono<Instant> erasedUpTo() {
        return Mono.empty();
    }

    @Override
    public Mono<Void> markErasedUpTo(Instant upTo) {
        return Mono.empty();
    }
}
