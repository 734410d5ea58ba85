package city.gridline.servicekit;

import city.gridline.contracts.event.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.SubscribableChannel;

import java.time.Clock;

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
    DeferredCompletionFilter deferredCompletionFilter() {
        return new DeferredCompletionFilter();
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
    DeadLetterMetrics deadLetterMetrics(MeterRegistry registry, @Qualifier("errorChannel") SubscribableChannel errors) {
        return new DeadLetterMetrics(registry, errors);
    }
}
