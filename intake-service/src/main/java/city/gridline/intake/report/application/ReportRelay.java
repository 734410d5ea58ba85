package city.gridline.intake.report.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;

/**
 * Publishes reports that were recorded but never confirmed on the broker — intake died between recording and
 * publishing, or the broker refused and the caller got a 503 it never retried — deciding first, as the request would
 * have, whether one recorded undecided repeats another (see {@link ReportCompletion}). The event keeps the id it was
 * recorded with, so downstream services that saw it already recognise it.
 */
public class ReportRelay {

    private static final Logger log = LoggerFactory.getLogger(ReportRelay.class);
    private static final int BATCH = 500;

    private final ReportStore store;
    private final ReportCompletion completion;
    private final Clock clock;
    private final Duration grace;

    /** {@code grace}: how long a fresh report is left to the request that is publishing it right now. */
    public ReportRelay(ReportStore store, ReportCompletion completion, Clock clock, Duration grace) {
        this.store = store;
        this.completion = completion;
        this.clock = clock;
        this.grace = grace;
    }

    /**
     * Publishes what is due; returns how many reports it published. Stops at the first the broker refuses; passes
     * over one that follows a report not decided yet.
     */
    public Mono<Long> relay() {
        return store.unpublishedBefore(clock.instant().minus(grace), BATCH)
                .concatMap(report -> completion.complete(report, false).thenReturn(report.reportId())
                        // it follows a report not decided yet (that one's run failed): the next run tries again
                        .onErrorResume(RepeatUndecidedException.class, waiting -> Mono.empty()))
                .count()
                .doOnNext(published -> {
                    if (published > 0) {
                        log.atInfo().addKeyValue("reports", published).log("unpublished reports relayed");
                    }
                });
    }
}
