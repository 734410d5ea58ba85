package city.gridline.notification.events;

import city.gridline.notification.events.adapter.kafka.KafkaNotificationEventPublisher;
import city.gridline.servicekit.EventMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

    @Bean
    KafkaNotificationEventPublisher notificationEventPublisher(EventMessages messages) {
        return new KafkaNotificationEventPublisher(messages);
    }
}
