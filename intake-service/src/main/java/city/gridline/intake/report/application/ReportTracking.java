package city.gridline.intake.report.application;

import city.gridline.intake.report.domain.ReportProgress;
import city.gridline.intake.report.domain.ReportQuery;
import city.gridline.intake.report.domain.ReportView;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where a report stands, as later services' events tell it. */
public class ReportTracking {

    private final ReportStore store;

    public ReportTracking(ReportStore store) {
        this.store = store;
    }

    public Mono<ReportView> status(String reportId) {
        return store.find(reportId).switchIfEmpty(Mono.error(() -> new ReportNotFoundException(reportId)));
    }

    public Flux<ReportView> search(ReportQuery query) {
        return store.search(query);
    }

    /** True when the report was known and the progress recorded. */
    public Mono<Boolean> record(ReportProgress progress) {
        return store.apply(progress);
    }
}
