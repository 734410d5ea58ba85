package city.gridline.servicekit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code gridline.pipeline.latency{stage}}: how long after its receipt a report reached a stage (located,
 * dispatched, …), as a histogram with service-level buckets, so operations can read percentiles per stage.
 */
public class PipelineLatency {

    /**
     * Seconds for the machine's stages (located, dispatched), hours and days for the people's (accepted, resolved,
     * closed): a percentile past the last bucket would read as that bucket.
     */
    private static final Duration[] SLO_BUCKETS = {
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(24), Duration.ofDays(3), Duration.ofDays(7),
            Duration.ofDays(30)};

    private final MeterRegistry registry;
    private final Clock clock;

    public PipelineLatency(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** The report reached the stage now. */
    public void reached(String stage, Instant receivedAt) {
        reached(stage, receivedAt, clock.instant());
    }

    /** The report reached the stage at {@code reachedAt}: a step another service took and announced. */
    public void reached(String stage, Instant receivedAt, Instant reachedAt) {
        Duration since = Duration.between(receivedAt, reachedAt);
        Timer.builder("gridline.pipeline.latency")
                .description("Time from a report's receipt until it reached the stage")
                .tag("stage", stage)
                .serviceLevelObjectives(SLO_BUCKETS)
                .register(registry)
                .record(since.isNegative() ? Duration.ZERO : since);
    }
}
