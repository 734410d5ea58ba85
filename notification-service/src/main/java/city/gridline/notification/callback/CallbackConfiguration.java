package city.gridline.notification.callback;

import city.gridline.notification.callback.adapter.mongo.MongoCallbackStore;
import city.gridline.notification.callback.application.Callbacks;
import city.gridline.notification.config.NotificationProperties;
import city.gridline.notification.events.application.NotificationEventPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class CallbackConfiguration {

    @Bean
    MongoCallbackStore callbackStore(ReactiveMongoTemplate mongo) {
        return new MongoCallbackStore(mongo);
    }

    @Bean
    Callbacks callbacks(MongoCallbackStore store, NotificationEventPublisher publisher, MeterRegistry registry,
                        Clock clock, NotificationProperties properties) {
        return new Callbacks(store, publisher, registry, clock, properties.deadline().outboxRelayAfter());
    }
}
