package city.gridline.intake.report;

import city.gridline.contracts.ContactSeal;
import city.gridline.contracts.event.EventCodec;
import city.gridline.intake.report.adapter.kafka.KafkaReportPublisher;
import city.gridline.intake.report.adapter.kafka.ReportProgressListener;
import city.gridline.intake.report.adapter.mongo.MongoReportStore;
import city.gridline.intake.report.adapter.scheduling.RelaySchedule;
import city.gridline.intake.report.adapter.web.AuthenticatedFilers;
import city.gridline.intake.report.adapter.web.IntakeMetrics;
import city.gridline.intake.report.application.ReportCompletion;
import city.gridline.intake.report.application.ReportIntake;
import city.gridline.intake.report.application.ReportRelay;
import city.gridline.intake.report.application.ReportTracking;
import city.gridline.intake.report.domain.DuplicateRule;
import city.gridline.servicekit.EventMessages;
import city.gridline.servicekit.PipelineLatency;
import city.gridline.servicekit.retention.ContactErasure;
import city.gridline.servicekit.retention.ContactErasureSchedule;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/** Wiring of the report feature. The function bean names are the bindings' names in application.yml. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReportConfiguration.class);

    @Bean
    MongoReportStore reportStore(ReactiveMongoTemplate mongo) {
        return new MongoReportStore(mongo);
    }

    @Bean
    ReportCompletion reportCompletion(MongoReportStore store, EventMessages messages,
                                      @Value("${gridline.intake.duplicates.enabled}") boolean mergeDuplicates,
                                      @Value("${gridline.intake.duplicates.distance-metres}") double distanceMetres,
                                      @Value("${gridline.intake.duplicates.window}") Duration window) {
        return new ReportCompletion(store, new KafkaReportPublisher(messages),
                mergeDuplicates ? new DuplicateRule(distanceMetres, window) : null);
    }

    @Bean
    ReportIntake reportIntake(MongoReportStore store, ReportCompletion completion, Clock clock,
                              @Value("${gridline.contact-key-id}") String keyId,
                              @Value("${gridline.contact-key:}") String key) {
        ContactSeal seal = null;
        if (key.isBlank()) {
            log.warn("no gridline.contact-key configured: reporters' phone numbers are not kept, so nobody can "
                    + "be called back or told the outcome by SMS");
        } else {
            seal = ContactSeal.withKey(keyId, key);
        }
        return new ReportIntake(store, completion, clock, seal, new AuthenticatedFilers());
    }

    @Bean
    ReportRelay reportRelay(MongoReportStore store, ReportCompletion completion, Clock clock,
                            @Value("${gridline.intake.relay.grace}") Duration grace) {
        return new ReportRelay(store, completion, clock, grace);
    }

    @Bean
    RelaySchedule relaySchedule(ReportRelay relay) {
        return new RelaySchedule(relay);
    }

    @Bean
    ContactErasureSchedule contactErasureSchedule(MongoReportStore store, Clock clock, MeterRegistry registry,
                                                  @Value("${gridline.contact-erasure.keep-for}") Duration keepFor,
                                                  @Value("${gridline.contact-erasure.longest}") Duration longest) {
        return new ContactErasureSchedule(new ContactErasure(store, clock, keepFor, longest), registry);
    }

    @Bean
    IntakeMetrics intakeMetrics(MeterRegistry registry) {
        return new IntakeMetrics(registry);
    }

    @Bean
    ReportTracking reportTracking(MongoReportStore store) {
        return new ReportTracking(store);
    }

    @Bean
    ReportProgressListener reportProgressListener(ReportTracking tracking, ReportIntake intake, EventCodec codec,
                                                  PipelineLatency latency) {
        return new ReportProgressListener(tracking, intake, codec, latency);
    }

    @Bean
    Consumer<byte[]> reportLocations(ReportProgressListener listener) {
        return listener::onReportLocation;
    }

    @Bean
    Consumer<byte[]> caseEvents(ReportProgressListener listener) {
        return listener::onCaseEvent;
    }
}
