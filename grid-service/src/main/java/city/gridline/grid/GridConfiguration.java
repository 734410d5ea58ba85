package city.gridline.grid;

import city.gridline.contracts.event.PopulationChanged;
import city.gridline.grid.layer.adapter.metrics.LayerInForceGauge;
import city.gridline.grid.layer.adapter.mongo.MongoLayerStore;
import city.gridline.grid.layer.adapter.mongo.MongoZoneStore;
import city.gridline.grid.layer.adapter.reference.BundledReferenceData;
import city.gridline.grid.layer.adapter.scheduling.LayerFollowSchedule;
import city.gridline.grid.layer.application.ActiveLayer;
import city.gridline.grid.layer.application.LayerAdministration;
import city.gridline.grid.layer.application.LayerBootstrap;
import city.gridline.grid.layer.application.LayerFollower;
import city.gridline.grid.layer.application.PopulationAnnouncement;
import city.gridline.grid.layer.application.ZoneAdministration;
import city.gridline.grid.layer.domain.GridSettings;
import city.gridline.grid.layer.domain.LayerValidator;
import city.gridline.grid.layer.domain.SpecialZones;
import city.gridline.grid.layer.domain.ZoneValidator;
import city.gridline.grid.location.adapter.kafka.ReportReceivedListener;
import city.gridline.grid.location.adapter.mongo.MongoTriageList;
import city.gridline.grid.location.application.ReportLocating;
import city.gridline.grid.location.application.TriageDecisions;
import city.gridline.servicekit.EventMessages;
import city.gridline.servicekit.PipelineLatency;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * Wiring of the grid service. The layer in force is loaded (or, the first time, generated) while the context
 * starts, so the service reports ready and consumes reports only once it can locate them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GridProperties.class)
@EnableScheduling
class GridConfiguration {

    /** The output binding of {@code grid.population} in application.yml. */
    static final String POPULATION_BINDING = "population-out-0";

    @Bean
    MongoLayerStore layerStore(ReactiveMongoTemplate mongo, Clock clock) {
        return new MongoLayerStore(mongo, clock);
    }

    @Bean
    MongoZoneStore zoneStore(ReactiveMongoTemplate mongo, Clock clock) {
        return new MongoZoneStore(mongo, clock);
    }

    /** The zones imported last; until the first import, those bundled with the reference data. */
    @Bean
    ActiveLayer activeLayer(MongoLayerStore store, MongoZoneStore zoneStore, GridProperties grid, Clock clock) {
        SpecialZones zones = zoneStore.loadCurrent()
                .orElseGet(() -> BundledReferenceData.specialZones(grid.reference()));
        return new LayerBootstrap(store, zones, grid.boundaryDistanceMetres(), clock)
                .load(grid.demoLayer().enabled(), () -> BundledReferenceData.request(grid.reference(),
                        GridSettings.defaults(grid.demoLayer().version())));
    }

    @Bean
    LayerFollower layerFollower(MongoLayerStore store, MongoZoneStore zoneStore, ActiveLayer activeLayer,
                                GridProperties grid) {
        return new LayerFollower(store, zoneStore, activeLayer, grid.boundaryDistanceMetres(), zoneStore.currentSetId());
    }

    @Bean
    LayerFollowSchedule layerFollowSchedule(LayerFollower follower, ActiveLayer activeLayer, MeterRegistry registry) {
        return new LayerFollowSchedule(follower, activeLayer, new LayerInForceGauge(registry));
    }

    @Bean
    PopulationAnnouncement populationAnnouncement(EventMessages messages, Clock clock) {
        return new PopulationAnnouncement(event -> messages.publish(POPULATION_BINDING, event), clock);
    }

    /** The layer in force (if any) is announced at every start: a start that cannot announce it fails. */
    @Bean
    ApplicationRunner announcePopulationAtStart(PopulationAnnouncement population, ActiveLayer activeLayer) {
        return args -> activeLayer.find()
                .ifPresent(layer -> population.announce(layer.layer(), PopulationChanged.Reason.STARTED));
    }

    @Bean
    LayerAdministration layerAdministration(MongoLayerStore store, ActiveLayer activeLayer, GridProperties grid,
                                            PopulationAnnouncement population) {
        LayerValidator validator = new LayerValidator(BundledReferenceData.divisions(grid.reference()),
                BundledReferenceData.outline(grid.reference()), LayerValidator.DEFAULT_AREA_TOLERANCE);
        return new LayerAdministration(store, activeLayer, validator, grid.boundaryDistanceMetres(), population);
    }

    @Bean
    ZoneAdministration zoneAdministration(MongoZoneStore store, ActiveLayer activeLayer, GridProperties grid) {
        return new ZoneAdministration(store, activeLayer, new ZoneValidator(BundledReferenceData.outline(grid.reference()),
                LayerValidator.DEFAULT_AREA_TOLERANCE));
    }

    @Bean
    ReportLocating reportLocating(ActiveLayer activeLayer, Clock clock) {
        return new ReportLocating(activeLayer::find, clock);
    }

    @Bean
    MongoTriageList triageList(ReactiveMongoTemplate mongo) {
        return new MongoTriageList(mongo);
    }

    /** A report placed by hand is announced on {@code reports.located} like every other outcome of locating. */
    @Bean
    TriageDecisions triageDecisions(MongoTriageList triage, ReportLocating locating, EventMessages messages,
                                    Clock clock) {
        return new TriageDecisions(triage, locating,
                event -> messages.publish(ReportReceivedListener.BINDING, event), clock);
    }

    @Bean
    Consumer<byte[]> reportsReceived(ReportLocating locating, MongoTriageList triage, EventMessages messages,
                                     MeterRegistry registry, PipelineLatency latency) {
        return new ReportReceivedListener(locating, triage, messages, registry, latency)::onReportReceived;
    }
}
