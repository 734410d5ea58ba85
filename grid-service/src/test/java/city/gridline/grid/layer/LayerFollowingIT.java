package city.gridline.grid.layer;

import city.gridline.grid.layer.adapter.mongo.MongoLayerStore;
import city.gridline.grid.layer.adapter.mongo.MongoZoneStore;
import city.gridline.grid.layer.adapter.reference.BundledReferenceData;
import city.gridline.grid.layer.adapter.scheduling.LayerFollowSchedule;
import city.gridline.grid.layer.application.LayerFollower;
import city.gridline.grid.layer.application.LayerHeader;
import city.gridline.grid.layer.domain.GridLayer;
import city.gridline.grid.layer.domain.SpecialZones;
import city.gridline.testkit.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What another instance of the service does to the shared database (activate a version, import zones), done here
 * straight on the stores; this instance follows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class LayerFollowingIT extends ServiceIntegrationTest {

    private static final String DEMO = "110105-demo-1";

    @Autowired
    WebTestClient http;

    @Autowired
    MongoLayerStore layers;

    @Autowired
    MongoZoneStore zones;

    @Autowired
    LayerFollower follower;

    @Autowired
    LayerFollowSchedule schedule;

    @Test
    void aVersionActivatedByAnotherInstanceIsInForceHereAfterTheNextFollow() {
        String copy = "110105-elsewhere-" + UUID.randomUUID();
        GridLayer demo = layers.load(DEMO).orElseThrow();
        layers.save(new GridLayer(copy, demo.settings(), demo.district(), demo.cells()), LocalDate.of(2027, 1, 1),
                LayerHeader.Origin.IMPORTED);
        try {
            layers.markCurrent(copy);
            assertThat(layers.currentVersion()).contains(copy);
            schedule.run();
            http.get().uri("/api/v1/layers/current").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.version").isEqualTo(copy);
            http.get().uri("/actuator/prometheus").exchange().expectBody(String.class).value(metrics -> assertThat(metrics)
                    .containsPattern("(?m)^gridline_grid_layer_info\\{[^}]*version=\"" + copy + "\"[^}]*} 1(\\.0)?$")
                    .doesNotContain("version=\"" + DEMO + "\""));
        } finally {
            http.post().uri("/api/v1/layers/{v}/activate", DEMO).exchange().expectStatus().isOk();
        }
        follower.follow();
        http.get().uri("/api/v1/layers/current").exchange().expectBody().jsonPath("$.version").isEqualTo(DEMO);
    }

    @Test
    void zonesImportedByAnotherInstanceAreInForceHereAfterTheNextFollow() {
        SpecialZones original = zones.loadCurrent().orElse(null);
        String before = zones.currentSetId().orElse(null);
        zones.save(new SpecialZones(List.of()));
        try {
            assertThat(zones.currentSetId()).isPresent().get().isNotEqualTo(before);
            follower.follow();
            http.get().uri("/api/v1/zones").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.length()").isEqualTo(0);
        } finally {
            zones.save(original != null ? original : BundledReferenceData.specialZones(ChaoyangDataset.DATASET));
            follower.follow();
        }
        http.get().uri("/api/v1/zones").exchange().expectBody().jsonPath("$.length()").isEqualTo(4);
    }
}
