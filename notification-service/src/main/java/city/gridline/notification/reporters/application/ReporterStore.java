package city.gridline.notification.reporters.application;

import city.gridline.notification.reporters.domain.Reporter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The reporters notification knows, and which case each report became. */
public interface ReporterStore {

    /** Adds the reporter or replaces what was known of their report (an unlinked repeat follows its own case). */
    Mono<Reporter> save(Reporter reporter);

    /** The reporters following the case of this report. */
    Flux<Reporter> following(String primaryReportId);

    Mono<Void> linkCase(String reportId, String caseNumber);

    Mono<String> caseOf(String reportId);
}
