package city.gridline.notification.assessment;

import city.gridline.contracts.event.EventCodec;
import city.gridline.notification.assessment.adapter.kafka.ReportReceivedListener;
import city.gridline.notification.assessment.adapter.mongo.MongoReceivedReports;
import city.gridline.notification.assessment.adapter.scheduling.AssessmentRefreshSchedule;
import city.gridline.notification.assessment.application.AssessmentGauges;
import city.gridline.notification.assessment.application.Assessments;
import city.gridline.notification.callback.application.CallbackStore;
import city.gridline.notification.deadline.application.CaseDeadlines;
import city.gridline.notification.register.application.CaseRecordStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.messaging.Message;

import java.time.Clock;
import java.util.function.Consumer;

/** Wiring of assessment; {@code reportsReceived} is the binding's name in application.yml. */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    @Bean
    MongoReceivedReports receivedReports(ReactiveMongoTemplate mongo) {
        return new MongoReceivedReports(mongo);
    }

    @Bean
    Consumer<Message<byte[]>> reportsReceived(MongoReceivedReports reports, EventCodec codec) {
        return new ReportReceivedListener(reports, codec)::onReportReceived;
    }

    @Bean
    Assessments assessments(CaseRecordStore register, CaseDeadlines deadlines, CallbackStore callbacks,
                            MongoReceivedReports reports) {
        return new Assessments(register, deadlines, callbacks, reports);
    }

    @Bean
    AssessmentGauges assessmentGauges(Assessments assessments, MeterRegistry registry) {
        return new AssessmentGauges(assessments, registry);
    }

    @Bean
    AssessmentRefreshSchedule assessmentRefreshSchedule(AssessmentGauges gauges, Clock clock) {
        return new AssessmentRefreshSchedule(gauges, clock);
    }
}
