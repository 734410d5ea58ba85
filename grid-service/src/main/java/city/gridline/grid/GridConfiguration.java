package city.gridline.grid;

import city.gridline.contracts.event.EventCodec;
import city.gridline.grid.layer.adapter.mongo.MongoLayerStore;
import city.gridline.grid.layer.application.CurrentLayer;
import city.gridline.grid.layer.application.LayerBootstrap;
import city.gridline.grid.layer.adapter.reference.BundledReferenceData;
import city.gridline.grid.layer.domain.GridSettings;
import city.gridline.grid.location.adapter.kafka.ReportReceivedListener;
import city.gridline.grid.location.application.ReportLocating;
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
    CurrentLayer currentLayer(MongoLayerStore store, DemoLayerProperties demoLayer) {
        return new LayerBootstrap(store).load(demoLayer.enabled(), () -> BundledReferenceData.request(
                demoLayer.dataset(), GridSettings.defaults(demoLayer.version())));
    }

    @Bean
    ReportLocating reportLocating(CurrentLayer currentLayer, Clock clock) {
        return new ReportLocating(currentLayer, clock);
    }

    @Bean
    Consumer<byte[]> reportsReceived(ReportLocating locating, StreamBridge bridge, EventCodec codec) {
        return new ReportReceivedListener(locating, bridge, codec)::onReportReceived;
    }
}
