package city.gridline.dispatch.cases;

import city.gridline.contracts.event.EventCodec;
import city.gridline.dispatch.cases.adapter.kafka.KafkaCaseEventPublisher;
import city.gridline.dispatch.cases.adapter.kafka.ReportLocationListener;
import city.gridline.dispatch.cases.adapter.mongo.MongoCaseStore;
import city.gridline.dispatch.cases.adapter.mongo.OpenCaseGauges;
import city.gridline.dispatch.cases.application.CaseOpening;
import city.gridline.dispatch.cases.domain.TeamAssignment;
import city.gridline.servicekit.EventMessages;
import city.gridline.servicekit.PipelineLatency;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;

/** Wiring of the cases feature. The function bean name is the binding's name in application.yml. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CasesConfiguration {

    @Bean
    MongoCaseStore caseStore(ReactiveMongoTemplate mongo) {
        return new MongoCaseStore(mongo);
    }

    @Bean
    CaseOpening caseOpening(MongoCaseStore store, EventMessages messages, Clock clock,
                            @Value("${gridline.city-zone}") ZoneId cityZone) {
        return new CaseOpening(store, new KafkaCaseEventPublisher(messages), new TeamAssignment(), clock,
                cityZone);
    }

    @Bean
    Consumer<byte[]> reportLocations(CaseOpening opening, EventCodec codec, MeterRegistry registry,
                                     PipelineLatency latency) {
        return new ReportLocationListener(opening, codec, registry, latency)::onReportLocation;
    }

    @Bean
    OpenCaseGauges openCaseGauges(ReactiveMongoTemplate mongo, MeterRegistry registry) {
        return new OpenCaseGauges(mongo, registry);
    }
}
