package city.gridline.servicekit.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code gridline.dead.letters{topic}}: records a consumer gave up on, counted once their dead letter is written. */
public class DeadLetterMetrics {

    private final MeterRegistry registry;

    public DeadLetterMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void written(String topic) {
        Counter.builder("gridline.dead.letters")
                .description("Messages a consumer could not handle after its retries (sent to its dead-letter topic)")
                .tag("topic", topic)
                .register(registry)
                .increment();
    }
}
