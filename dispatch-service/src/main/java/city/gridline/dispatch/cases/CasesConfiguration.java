package city.gridline.dispatch.cases;

import city.gridline.contracts.event.EventCodec;
import city.gridline.dispatch.cases.adapter.kafka.KafkaCaseEventPublisher;
import city.gridline.dispatch.cases.adapter.kafka.ReportLocationListener;
import city.gridline.dispatch.cases.adapter.mongo.MongoCaseStore;
import city.gridline.dispatch.cases.application.CaseOpening;
import city.gridline.dispatch.cases.domain.ResidentTeamAssignment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;

/** Wiring of the cases feature. The function bean name is the binding's name in application.yml. */
@Configuration(proxyBeanMethods = false)
class CasesConfiguration {

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    MongoCaseStore caseStore(ReactiveMongoTemplate mongo) {
        return new MongoCaseStore(mongo);
    }

    @Bean
    CaseOpening caseOpening(MongoCaseStore store, StreamBridge bridge, EventCodec codec,
                            @Value("${gridline.city-zone}") ZoneId cityZone) {
        return new CaseOpening(store, new KafkaCaseEventPublisher(bridge, codec), new ResidentTeamAssignment(),
                Clock.systemUTC(), cityZone);
    }

    @Bean
    Consumer<byte[]> reportLocations(CaseOpening opening, EventCodec codec) {
        return new ReportLocationListener(opening, codec)::onReportLocation;
    }
}
