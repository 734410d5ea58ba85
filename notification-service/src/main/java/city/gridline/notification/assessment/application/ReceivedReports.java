package city.gridline.notification.assessment.application;

import reactor.core.publisher.Mono;

import java.time.Instant;

/** The reports intake received (from {@code reports.received}), one per report id: the filing rate's denominator. */
public interface ReceivedReports {

    /** True when the report was new. */
    Mono<Boolean> recordIfAbsent(String reportId, Instant receivedAt);

    /** How many reports were received within [from, to). */
    Mono<Long> countBetween(Instant from, Instant to);
}
