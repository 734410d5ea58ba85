package city.gridline.servicekit;

import city.gridline.contracts.event.EventCodec;
import city.gridline.servicekit.consumer.ConsumerFailureHandling;
import city.gridline.servicekit.consumer.DeadLetterMetrics;
import city.gridline.servicekit.consumer.DeadLetterProducer;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.backoff.ExponentialBackOff;

import java.time.Clock;
import java.time.Duration;

/** The kit every Gridline service gets by depending on it. */
@AutoConfiguration
public class ServiceKitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventMessages eventMessages(StreamBridge bridge, EventCodec codec) {
        return new EventMessages(bridge, codec);
    }

    @Bean
    MalformedAcceptFilter malformedAcceptFilter() {
        return new MalformedAcceptFilter();
    }

    @Bean
    PipelineLatency pipelineLatency(MeterRegistry registry, Clock clock) {
        return new PipelineLatency(registry, clock);
    }

    @Bean
    DeadLetterProducer deadLetterProducer(Environment environment) {
        return new DeadLetterProducer(environment);
    }

    /** Outages are waited out from {@code initial-interval}, doubling up to {@code max-interval}, for ever. */
    @Bean
    ConsumerFailureHandling consumerFailureHandling(
            DeadLetterProducer deadLetters, MeterRegistry registry,
            @Value("${gridline.consumers.outage-back-off.initial-interval:1s}") Duration initialInterval,
            @Value("${gridline.consumers.outage-back-off.max-interval:30s}") Duration maxInterval) {
        ExponentialBackOff outageBackOff = new ExponentialBackOff(initialInterval.toMillis(), 2.0);
        outageBackOff.setMaxInterval(maxInterval.toMillis());
        return new ConsumerFailureHandling(deadLetters.template(), new DeadLetterMetrics(registry), outageBackOff);
    }
}
