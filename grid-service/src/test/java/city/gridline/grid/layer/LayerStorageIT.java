package city.gridline.grid.layer;

import city.gridline.grid.layer.adapter.mongo.MongoLayerStore;
import city.gridline.grid.layer.application.LayerHeader;
import city.gridline.grid.layer.application.LayerVersionTakenException;
import city.gridline.grid.layer.domain.GridLayer;
import city.gridline.testkit.ServiceIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** How grid's layer store keeps versions whole when saves and activations meet, on the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class LayerStorageIT extends ServiceIntegrationTest {

    private static final String DEMO = "110105-demo-1";

    @Autowired
    MongoLayerStore layers;

    @Autowired
    WebTestClient http;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aSecondSaveOfAStoredVersionIsRefusedAndLeavesTheFirstWhole() {
        GridLayer demo = layers.load(DEMO).orElseThrow();
        String version = "110105-twice-" + UUID.randomUUID();
        GridLayer first = new GridLayer(version, demo.settings(), demo.district(), demo.cells());
        GridLayer second = new GridLayer(version, demo.settings(), demo.district(), demo.cells().subList(0, 10));
        layers.save(first, LocalDate.of(2027, 1, 1), LayerHeader.Origin.IMPORTED);

        assertThatThrownBy(() -> layers.save(second, LocalDate.of(2027, 1, 1), LayerHeader.Origin.IMPORTED))
                .isInstanceOf(LayerVersionTakenException.class);

        assertThat(layers.load(version).orElseThrow().cells()).hasSameSizeAs(demo.cells());
        assertThat(storedCells(version)).isEqualTo(demo.cells().size());
    }

    @Test
    void cellsLeftByASaveThatCrashedBeforeItsHeaderAreNeitherReadNorKept() {
        GridLayer demo = layers.load(DEMO).orElseThrow();
        String version = "110105-after-crash-" + UUID.randomUUID();
        mongo.insert(new Document("_id", version + ":crashed:" + demo.cells().get(0).code())
                .append("layerVersion", version).append("saveId", "crashed")
                .append("code", demo.cells().get(0).code()), "grid_cells").block();

        layers.save(new GridLayer(version, demo.settings(), demo.district(), demo.cells()), LocalDate.of(2027, 1, 1),
                LayerHeader.Origin.IMPORTED);

        assertThat(layers.load(version).orElseThrow().cells()).hasSameSizeAs(demo.cells());
        assertThat(storedCells(version)).isEqualTo(demo.cells().size());
    }

    @Test
    void whenTwoActivationsLeaveTwoVersionsFlaggedEveryReaderTakesTheOneFlaggedLast() {
        GridLayer demo = layers.load(DEMO).orElseThrow();
        String later = "110105-activated-later-" + UUID.randomUUID();
        layers.save(new GridLayer(later, demo.settings(), demo.district(), demo.cells()), LocalDate.of(2027, 1, 1),
                LayerHeader.Origin.IMPORTED);
        try {
            layers.markCurrent(later);
            // the other activation flagged its version before this one, and unflagged nothing after it
            mongo.updateFirst(Query.query(where("_id").is(DEMO)), Update.update("current", true)
                    .set("currentSince", Instant.now().minusSeconds(60)), "grid_layers").block();

            assertThat(layers.currentVersion()).contains(later);
            assertThat(layers.loadCurrent().orElseThrow().version()).isEqualTo(later);
            assertThat(layers.headers()).filteredOn(LayerHeader::current).extracting(LayerHeader::version)
                    .containsExactly(later);
        } finally {
            http.post().uri("/api/v1/layers/{v}/activate", DEMO).exchange().expectStatus().isOk();
        }
        assertThat(mongo.count(Query.query(where("current").is(true)), "grid_layers").block()).isEqualTo(1);
    }

    private long storedCells(String version) {
        return mongo.count(Query.query(where("layerVersion").is(version)), "grid_cells").block();
    }
}
