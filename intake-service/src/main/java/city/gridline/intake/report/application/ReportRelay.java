package city.gridline.intake.report.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;

/**
 * Publishes reports that were recorded but never confirmed on the broker — intake died between recording and
 * publishing, or the broker refused and the caller got a 503 it never retried. The event keeps the id it was
 * recorded with, so downstream services that saw it already recognise it.
 */
public class ReportRelay {

    private static final Logger log = LoggerFactory.getLogger(ReportRelay.class);
    private static final int BATCH = 500;

    private final ReportStore store;
    private final ReportPublisher publisher;
    private final Clock clock;
    private final Duration grace;

    /** {@code grace}: how long a fresh report is left to the request that is publishing it right now. */
    public ReportRelay(ReportStore store, ReportPublisher publisher, Clock clock, Duration grace) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
        this.grace = grace;
    }

    /** Publishes what is due; returns how many reports it published. Stops at the first the broker refuses. */
    public Mono<Long> relay() {
        return store.unpublishedBefore(clock.instant().minus(grace), BATCH)
                .concatMap(report -> publisher.publish(report.events())
                        .then(store.markPublished(report.reportId()))
                        .thenReturn(report.reportId()))
                .count()
                .doOnNext(published -> {
                    if (published > 0) {
                        log.atInfo().addKeyValue("reports", published).log("unpublished reports relayed");
                    }
                });
    }
}
