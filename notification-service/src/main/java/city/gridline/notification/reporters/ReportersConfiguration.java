package city.gridline.notification.reporters;

import city.gridline.contracts.ContactSeal;
import city.gridline.contracts.event.EventCodec;
import city.gridline.notification.config.NotificationProperties;
import city.gridline.notification.deadline.application.CaseDeadlines;
import city.gridline.notification.delivery.adapter.mongo.MongoNotificationStore;
import city.gridline.notification.delivery.application.Deliveries;
import city.gridline.notification.register.adapter.mongo.MongoCaseRecordStore;
import city.gridline.notification.reporters.adapter.kafka.ReporterListener;
import city.gridline.notification.reporters.adapter.mongo.MongoReporterStore;
import city.gridline.notification.reporters.application.CitizenContacts;
import city.gridline.notification.reporters.application.ReporterUpdates;
import city.gridline.servicekit.retention.ContactErasure;
import city.gridline.servicekit.retention.ContactErasureSchedule;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Wiring of reporter updates. The key that opens reporters' sealed numbers is intake's ({@code gridline.contact-key});
 * without it no citizen can be texted, and the sender says so for each such message.
 */
@Configuration(proxyBeanMethods = false)
class ReportersConfiguration {

    @Bean
    MongoReporterStore reporterStore(ReactiveMongoTemplate mongo) {
        return new MongoReporterStore(mongo);
    }

    @Bean
    ReporterUpdates reporterUpdates(MongoReporterStore store, MongoCaseRecordStore register, Deliveries deliveries,
                                    CaseDeadlines deadlines, NotificationProperties properties,
                                    MeterRegistry registry) {
        return new ReporterUpdates(store, register, deliveries, deadlines, properties.zone(), registry);
    }

    @Bean
    ContactErasureSchedule contactErasureSchedule(MongoCaseRecordStore register, MongoReporterStore reporters,
                                                  MongoNotificationStore notifications, Clock clock,
                                                  MeterRegistry registry,
                                                  @Value("${gridline.contact-erasure.keep-for}") Duration keepFor,
                                                  @Value("${gridline.contact-erasure.longest}") Duration longest) {
        return new ContactErasureSchedule(new ContactErasure(new CitizenContacts(register, reporters, notifications),
                clock, keepFor, longest), registry);
    }

    @Bean
    Consumer<byte[]> reporters(ReporterUpdates updates, EventCodec codec) {
        return new ReporterListener(updates, codec)::onReporter;
    }

    @Bean
    @ConditionalOnExpression("!'${gridline.contact-key:}'.isBlank()")
    ContactSeal contactSeal(@Value("${gridline.contact-key}") String key,
                            @Value("${gridline.contact-key-id:k1}") String keyId) {
        return ContactSeal.withKey(keyId, key);
    }
}
