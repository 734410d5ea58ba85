package city.gridline.intake.report.application;

import city.gridline.contracts.event.ReportReceived;
import city.gridline.intake.report.domain.AcceptedReport;
import city.gridline.intake.report.domain.DuplicateRule;
import city.gridline.intake.report.domain.RepeatDecision;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.time.Duration;

/**
 * Takes a recorded report to the end of its filing: decides whether it repeats another (重复上报) when it was recorded
 * undecided, learns which case it follows when it followed a report that was undecided itself, then publishes its
 * events and marks it published. The request that filed the report runs it, and the relay for a report whose request
 * died — at once or one after the other: each step is an update conditional on the report's state before it, which
 * whoever comes first makes, and the others go on from what that one recorded.
 *
 * <p>Why two reports of one problem filed at the same moment make one case, with no transaction: each is recorded
 * undecided before it looks at the reports near it, so of two such reports the one that looks last sees the other.
 * If that one stands for its own case, it repeats it; if it is undecided and earlier, it follows it; if it is
 * undecided and later, it makes it follow (an update conditional on its being undecided still) before becoming a
 * report of its own — and when that fails, the later one decided meanwhile, so it looks again. Deciding never waits;
 * a report that follows an earlier one waits only to learn that one's case, and earlier reports wait for none, so the
 * waiting ends (the relay decides an earlier report whose request died).
 */
public class ReportCompletion {

    /** Each new look follows a later report deciding meanwhile; they do not keep coming that fast for long. */
    private static final int DECISION_ATTEMPTS = 10;
    /** How long a request waits for the earlier report it follows to be decided: a moment, normally. */
    private static final int FOLLOWED_LOOKS = 40;
    private static final Duration FOLLOWED_POLL = Duration.ofMillis(50);

    private final ReportStore store;
    private final ReportPublisher publisher;
    private final DuplicateRule duplicates;

    /** {@code duplicates} may be null: then no report is merged. */
    public ReportCompletion(ReportStore store, ReportPublisher publisher, DuplicateRule duplicates) {
        this.store = store;
        this.publisher = publisher;
        this.duplicates = duplicates;
    }

    /**
     * The report as it is to be recorded: undecided when it may repeat another (merging is on and it has a position),
     * so that no relay publishes it before that is decided.
     */
    public AcceptedReport toRecord(AcceptedReport accepted) {
        return duplicates == null || accepted.report().location() == null ? accepted : accepted.asUndecided();
    }

    /**
     * Completes the filing of a recorded report; gives the report as published. {@code wait}: whether to wait a
     * moment for an earlier report it follows to be decided; when that one is not decided by then, fails with
     * {@link RepeatUndecidedException}, leaving the rest to a retry or the relay.
     */
    public Mono<AcceptedReport> complete(AcceptedReport report, boolean wait) {
        return decided(report, DECISION_ATTEMPTS)
                .flatMap(decided -> decided.follows() == null ? Mono.just(decided) : settled(decided, wait))
                .flatMap(this::published);
    }

    private Mono<AcceptedReport> decided(AcceptedReport report, int attempts) {
        if (!report.undecided()) {
            return Mono.just(report);
        }
        if (duplicates == null || report.report().location() == null) {
            // recorded while merging was on, and finished after it was turned off
            return store.decide(report.asOwn());
        }
        if (attempts == 0) {
            return Mono.error(new RepeatUndecidedException(report.reportId()));
        }
        ReportReceived received = report.report();
        return store.reportsNear(received.categoryCode(), received.location(), duplicates.distanceMetres(),
                        received.receivedAt().minus(duplicates.window()))
                .collectList()
                .flatMap(nearby -> recordDecision(report, duplicates.decide(received, nearby)))
                .flatMap(stored -> decided(stored, attempts - 1));
    }

    private Mono<AcceptedReport> recordDecision(AcceptedReport report, RepeatDecision decision) {
        if (decision instanceof RepeatDecision.RepeatOf repeat) {
            return store.decide(report.duplicating(repeat.match()));
        }
        if (decision instanceof RepeatDecision.Follows follows) {
            return store.decide(report.following(follows.earlierReportId()));
        }
        return Flux.fromIterable(((RepeatDecision.Own) decision).later())
                .concatMap(later -> store.follow(later, report.reportId()))
                .all(Boolean::booleanValue)
                // one decided meanwhile, and may stand for its own case now: look again, still undecided
                .flatMap(allFollow -> allFollow ? store.decide(report.asOwn()) : found(report.reportId()));
    }

    private Mono<AcceptedReport> settled(AcceptedReport follower, boolean wait) {
        Mono<AcceptedReport> primary = Mono.defer(() -> primaryOf(follower.follows()));
        if (wait) {
            primary = primary.retryWhen(Retry.fixedDelay(FOLLOWED_LOOKS, FOLLOWED_POLL)
                    .filter(RepeatUndecidedException.class::isInstance)
                    .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
        }
        return primary.flatMap(found -> store.settle(
                follower.duplicating(DuplicateRule.Match.between(found.report(), follower.report())),
                follower.follows()));
    }

    /** The report standing for the case the followed report's reporter follows: itself, or the one it repeats. */
    private Mono<AcceptedReport> primaryOf(String followedReportId) {
        return found(followedReportId).flatMap(followed -> {
            if (!followed.settled()) {
                return Mono.error(new RepeatUndecidedException(followedReportId));
            }
            return followed.duplicate() ? found(followed.duplicateOf()) : Mono.just(followed);
        });
    }

    private Mono<AcceptedReport> found(String reportId) {
        return store.findAccepted(reportId)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("report " + reportId + " is not stored")));
    }

    private Mono<AcceptedReport> published(AcceptedReport report) {
        if (report.published()) {
            return Mono.just(report);
        }
        return publisher.publish(report.events()).then(store.markPublished(report.reportId())).thenReturn(report);
    }
}
