package city.gridline.intake.report.application;

import city.gridline.contracts.Channel;
import city.gridline.intake.report.domain.ReportProgress;
import city.gridline.intake.report.domain.ReportQuery;
import city.gridline.intake.report.domain.ReportView;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;

/** Where a report stands, as later services' events tell it. */
public class ReportTracking {

    private final ReportStore store;

    public ReportTracking(ReportStore store) {
        this.store = store;
    }

    /** A report's status: a duplicate's is that of the report it repeats, whose case its reporter follows. */
    public Mono<ReportView> status(String reportId) {
        return store.find(reportId)
                .switchIfEmpty(Mono.error(() -> new ReportNotFoundException(reportId)))
                .flatMap(view -> view.duplicateOf() != null ? followingItsOriginal(view)
                        : store.duplicatesOf(reportId).collectList().map(view::withDuplicates));
    }

    /** The status of the report filed under a channel's ticket number, like {@link #status(String)}. */
    public Mono<ReportView> statusByTicket(Channel channel, String sourceTicketId) {
        return store.search(new ReportQuery(channel, List.of(sourceTicketId), null, null, null, null, 1)).next()
                .switchIfEmpty(Mono.error(() -> ReportNotFoundException.ofTicket(channel, sourceTicketId)))
                .flatMap(view -> status(view.reportId()));
    }

    /**
     * The reports the query asks for, each with its status as {@link #status(String)} gives it: a repeat's is its
     * original's, and the query's statuses are matched against that.
     */
    public Flux<ReportView> search(ReportQuery query) {
        return store.search(query)
                .concatMap(view -> view.duplicateOf() == null ? Mono.just(view) : followingItsOriginal(view))
                .filter(view -> query.statuses().isEmpty() || query.statuses().contains(view.status()));
    }

    /** A repeat with the status of the report it repeats (as it is, should that one be unknown). */
    private Mono<ReportView> followingItsOriginal(ReportView repeat) {
        return store.find(repeat.duplicateOf()).map(repeat::following).defaultIfEmpty(repeat);
    }

    /** When the report was received; empty for a report intake does not know. */
    public Mono<Instant> receivedAt(String reportId) {
        return store.find(reportId).map(ReportView::receivedAt);
    }

    /** True when the report was known and the progress recorded. */
    public Mono<Boolean> record(ReportProgress progress) {
        return store.apply(progress);
    }
}
