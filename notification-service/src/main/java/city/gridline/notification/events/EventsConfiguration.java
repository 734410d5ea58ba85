package city.gridline.notification.events;

import city.gridline.notification.events.adapter.kafka.KafkaNotificationEventPublisher;
import city.gridline.notification.events.adapter.scheduling.OutboxRelaySchedule;
import city.gridline.notification.events.application.OutboxRelay;
import city.gridline.servicekit.EventMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

    @Bean
    KafkaNotificationEventPublisher notificationEventPublisher(EventMessages messages) {
        return new KafkaNotificationEventPublisher(messages);
    }

    @Bean
    OutboxRelaySchedule outboxRelaySchedule(List<OutboxRelay> relays, Clock clock) {
        return new OutboxRelaySchedule(relays, clock, Duration.ofMinutes(1));
    }
}
