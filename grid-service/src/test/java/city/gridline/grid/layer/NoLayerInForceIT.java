package city.gridline.grid.layer;

import city.gridline.grid.layer.adapter.geojson.CellFeatures;
import city.gridline.testkit.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

/**
 * A new installation that imports its own layer: the demo layer disabled, an empty database. The service starts with
 * no layer in force, says so for everything that needs one, and puts the first imported layer in force at once.
 * Its report consumer stays off (the reports of other tests in this JVM are not its business), and the context is
 * closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gridline.grid.demo-layer.enabled=false",
        "spring.cloud.stream.bindings.reportsReceived-in-0.consumer.auto-startup=false"})
@AutoConfigureWebTestClient
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NoLayerInForceIT extends ServiceIntegrationTest {

    private static final String NO_LAYER = "https://gridline.city/problems/no-layer-in-force";

    @Autowired
    WebTestClient http;

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.database", () -> "gridline_grid_no_layer_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Test
    void startsWithNoLayerInForceAndPutsTheFirstImportedLayerInForce() {
        http.get().uri("/api/v1/layers/current").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(NO_LAYER);
        http.get().uri("/api/v1/cells?lon=116.455&lat=39.937").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(NO_LAYER);
        http.get().uri("/api/v1/teams").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(NO_LAYER);
        http.get().uri("/api/v1/layers").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
        http.get().uri("/api/v1/zones").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(4);

        String version = "110105-surveyed-1";
        byte[] layer = JsonMapper.builder().build()
                .writeValueAsBytes(CellFeatures.write(version, ChaoyangDataset.layer().cells()));
        http.post().uri("/api/v1/layers?version={v}&effectiveFrom=2026-12-01&activate=true", version)
                .contentType(MediaType.parseMediaType("application/geo+json")).bodyValue(layer).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.current").isEqualTo(true);

        http.get().uri("/api/v1/layers/current").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(version);
        http.get().uri("/api/v1/cells?lon=116.455&lat=39.937").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.layerVersion").isEqualTo(version);
    }
}
