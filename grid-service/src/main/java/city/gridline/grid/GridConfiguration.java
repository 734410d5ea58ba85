package city.gridline.grid;

import city.gridline.contracts.event.EventCodec;
import city.gridline.grid.layer.adapter.mongo.MongoLayerStore;
import city.gridline.grid.layer.application.CurrentLayer;
import city.gridline.grid.layer.application.LayerBootstrap;
import city.gridline.grid.layer.adapter.reference.BundledReferenceData;
import city.gridline.grid.layer.domain.GridSettings;
import city.gridline.grid.location.adapter.kafka.ReportReceivedListener;
import city.gridline.grid.location.adapter.mongo.MongoTriageList;
import city.gridline.grid.location.application.ReportLocating;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * Wiring of the grid service. The current layer is loaded (or, the first time, generated) while the context
 * starts, so the service reports ready and consumes reports only once it can locate them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoLayerProperties.class)
class GridConfiguration {

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MongoLayerStore layerStore(ReactiveMongoTemplate mongo, Clock clock) {
        return new MongoLayerStore(mongo, clock);
    }

    @Bean
    CurrentLayer currentLayer(MongoLayerStore store, DemoLayerProperties demoLayer,
                              @Value("${gridline.grid.boundary-distance-metres}") double boundaryDistanceMetres) {
        return new LayerBootstrap(store, boundaryDistanceMetres).load(demoLayer.enabled(), () -> BundledReferenceData.request(
                demoLayer.dataset(), GridSettings.defaults(demoLayer.version())));
    }

    @Bean
    ReportLocating reportLocating(CurrentLayer currentLayer, Clock clock) {
        return new ReportLocating(currentLayer, clock);
    }

    @Bean
    MongoTriageList triageList(ReactiveMongoTemplate mongo) {
        return new MongoTriageList(mongo);
    }

    @Bean
    Consumer<byte[]> reportsReceived(ReportLocating locating, MongoTriageList triage, StreamBridge bridge,
                                     EventCodec codec) {
        return new ReportReceivedListener(locating, triage, bridge, codec)::onReportReceived;
    }
}
