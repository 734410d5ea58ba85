package city.gridline.notification.timeline;

import city.gridline.contracts.event.EventCodec;
import city.gridline.notification.followup.application.CaseStepFollowUp;
import city.gridline.notification.register.application.CaseRegister;
import city.gridline.notification.reporters.application.ReporterUpdates;
import city.gridline.notification.timeline.adapter.kafka.CaseEventListener;
import city.gridline.notification.timeline.adapter.mongo.MongoTimelineStore;
import city.gridline.notification.timeline.application.CaseTimelines;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Wiring of the case timeline feature and of the consumer of cases.events, which also hands dispatches to their
 * follow-up. The function bean name is the binding's name in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class TimelineConfiguration {

    @Bean
    MongoTimelineStore timelineStore(ReactiveMongoTemplate mongo) {
        return new MongoTimelineStore(mongo);
    }

    @Bean
    CaseTimelines caseTimelines(MongoTimelineStore store) {
        return new CaseTimelines(store);
    }

    @Bean
    Consumer<Message<byte[]>> caseEvents(CaseTimelines timelines, CaseRegister register,
                                         CaseStepFollowUp followUp, ReporterUpdates reporters, EventCodec codec) {
        return new CaseEventListener(timelines, register, followUp, reporters, codec)::onCaseEvent;
    }
}
