package city.gridline.servicekit.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code gridline.dead.letters{topic}}: records a consumer gave up on, counted once their dead letter is written. */
public class DeadLetterMetrics {

    private final MeterRegistry registry;

    public DeadLetterMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Registers the topic's counter at zero when its consumer is set up: a series that appears at 1 is not counted by
     * {@code increase()}, and the dashboards would show no dead letter where the first one was written.
     */
    void expect(String topic) {
        counter(topic);
    }

    void written(String topic) {
        counter(topic).increment();
    }

    private Counter counter(String topic) {
        return Counter.builder("gridline.dead.letters")
                .description("Messages a consumer could not handle after its retries (sent to its dead-letter topic)")
                .tag("topic", topic)
                .register(registry);
    }
}
