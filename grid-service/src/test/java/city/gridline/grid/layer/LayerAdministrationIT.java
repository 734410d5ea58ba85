package city.gridline.grid.layer;

import city.gridline.contracts.Topics;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.PopulationChanged;
import city.gridline.testkit.ServiceIntegrationTest;
import city.gridline.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class LayerAdministrationIT extends ServiceIntegrationTest {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final String DEMO = "110105-demo-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebTestClient http;

    @Autowired
    void client(WebTestClient client) {
        this.http = client.mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
                .build();
    }

    @Test
    void exportedLayerImportsAgainAsANewVersionAndCanBeActivated() {
        ObjectNode exported = export(DEMO);
        int cells = exported.path("features").size();
        String version = "110105-copy-" + UUID.randomUUID();

        importLayer(version, exported)
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.version").isEqualTo(version)
                .jsonPath("$.cellCount").isEqualTo(cells)
                .jsonPath("$.residents").isEqualTo(3_452_460)
                .jsonPath("$.origin").isEqualTo("IMPORTED")
                .jsonPath("$.current").isEqualTo(false)
                .jsonPath("$.effectiveFrom").isEqualTo("2027-01-01");
        assertThat(export(version).path("features")).isEqualTo(exported.path("features"));

        try {
            http.post().uri("/api/v1/layers/{v}/activate", version).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.current").isEqualTo(true);
            http.get().uri("/api/v1/layers/current").exchange()
                    .expectBody().jsonPath("$.version").isEqualTo(version);
            PopulationChanged announced = population(version, PopulationChanged.Reason.ACTIVATED);
            assertThat(announced.district().code()).isEqualTo("110105");
            assertThat(announced.district().residents()).isEqualTo(3_452_460);
            assertThat(announced.district().cells()).isEqualTo(cells);
        } finally {
            http.post().uri("/api/v1/layers/{v}/activate", DEMO).exchange().expectStatus().isOk();
        }
        importLayer(version, exported).expectStatus().isEqualTo(409);
    }

    @Test
    void theLayerInForceIsAnnouncedAtStartWithItsDistrictAndStreetTotals() {
        PopulationChanged announced = population(DEMO, PopulationChanged.Reason.STARTED);

        assertThat(announced.district().name()).isEqualTo("朝阳区");
        assertThat(announced.district().residents()).isEqualTo(3_452_460);
        assertThat(announced.streets()).hasSizeGreaterThan(40)
                .extracting(PopulationChanged.Area::code).isSorted().allMatch(code -> code.startsWith("110105"));
        assertThat(announced.streets().stream().mapToLong(PopulationChanged.Area::residents).sum())
                .isEqualTo(announced.district().residents());
        assertThat(announced.streets().stream().mapToLong(PopulationChanged.Area::households).sum())
                .isEqualTo(announced.district().households());
        assertThat(announced.streets().stream().mapToInt(PopulationChanged.Area::cells).sum())
                .isEqualTo(announced.district().cells());
    }

    @Test
    void brokenLayerIsRejectedWithEveryProblemListedAndNothingStored() {
        ObjectNode broken = export(DEMO);
        ArrayNode features = (ArrayNode) broken.path("features");
        shift((ObjectNode) features.get(features.size() / 2), 0.0005);
        bowTie((ObjectNode) features.get(1));
        ((ObjectNode) features.get(2).path("properties")).put("communityCode", "110105999999")
                .put("code", "110105999999001");
        String version = "110105-broken-" + UUID.randomUUID();

        importLayer(version, broken)
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gridline.city/problems/layer-rejected")
                .jsonPath("$.problems[?(@.kind == 'OVERLAP')]").exists()
                .jsonPath("$.problems[?(@.kind == 'INVALID_GEOMETRY')].cellCode")
                .isEqualTo(features.get(1).path("properties").path("code").asString())
                .jsonPath("$.problems[?(@.kind == 'UNKNOWN_COMMUNITY')].cellCode").isEqualTo("110105999999001");

        http.get().uri("/api/v1/layers/{v}", version).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/v1/layers").exchange()
                .expectBody().jsonPath("$[?(@.version == '%s')]".formatted(version)).doesNotExist();
    }

    @Test
    void bodyThatIsNoFeatureCollectionIsRejected() {
        importLayer("110105-nothing-" + UUID.randomUUID(), JSON.createObjectNode().put("type", "Point"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.problems[0].kind").isEqualTo("MALFORMED_FEATURE");
    }

    @Test
    void teamsAreListedWithTheCellsTheyAreStationedIn() {
        http.get().uri("/api/v1/teams").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(768)
                .jsonPath("$[?(@.id == 'T110105001024')].community.name").isEqualTo("南郎家园社区居委会");
        http.get().uri("/api/v1/layers/{v}/cells?community=110105001024", DEMO).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[0].community.code").isEqualTo("110105001024");
    }

    @Test
    void healthListsDriftingCellsAndAnAcceptedProposalBecomesASoundNewVersion() {
        http.get().uri("/api/v1/layers/{v}/health", DEMO).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.healthy").isEqualTo(false)
                .jsonPath("$.drifting.length()").value(n -> assertThat((Integer) n).isPositive())
                .jsonPath("$.drifting[0].drifts[0].measure").exists();
        JsonNode proposal = JSON.readTree(http.get().uri("/api/v1/layers/{v}/proposal", DEMO).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());
        assertThat(proposal.path("changes").size()).isPositive();
        JsonNode firstChange = proposal.path("changes").get(0);
        String version = "110105-rebalanced-" + UUID.randomUUID();

        http.post().uri("/api/v1/layers/{v}/proposal/accept", DEMO).contentType(MediaType.APPLICATION_JSON)
                // a change named twice is applied once
                .bodyValue("{\"newVersion\": \"%s\", \"effectiveFrom\": \"2027-01-01\", \"changes\": [0, 0]}"
                        .formatted(version))
                .exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.layer.origin").isEqualTo("REBALANCED")
                .jsonPath("$.layer.residents").isEqualTo(3_452_460)
                .jsonPath("$.appliedChanges").isEqualTo(1)
                .jsonPath("$.successors['%s']".formatted(firstChange.path("cellCodes").get(0).asString())).exists();
        http.get().uri("/api/v1/layers/{v}/check", version).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.sound").isEqualTo(true);
        http.post().uri("/api/v1/layers/{v}/proposal/accept", DEMO).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"newVersion\": \"x-%s\", \"effectiveFrom\": \"2027-01-01\", \"changes\": [100000]}"
                        .formatted(UUID.randomUUID()))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/unknown-change");
        http.post().uri("/api/v1/layers/{v}/proposal/accept", DEMO).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"newVersion\": \"x-%s\", \"effectiveFrom\": \"2027-01-01\", \"changes\": [null]}"
                        .formatted(UUID.randomUUID()))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/unknown-change");
    }

    @Test
    void apiIsDescribedAsOpenApi() {
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("Gridline grid service")
                .jsonPath("$.paths['/api/v1/layers']").exists()
                .jsonPath("$.paths['/api/v1/layers/{version}/cells.geojson']").exists()
                .jsonPath("$.paths['/api/v1/triage']").exists()
                .jsonPath("$.paths['/api/v1/triage/{reportId}/placement'].post.requestBody").exists()
                .jsonPath("$.paths['/api/v1/triage/{reportId}/confirmation'].post").exists()
                // found by the bad-input campaign: the upload bodies were described as JsonNode's getters
                .jsonPath("$.paths['/api/v1/layers'].post.requestBody.content['application/json'].schema"
                        + ".properties.nodeType").doesNotExist()
                .jsonPath("$.paths['/api/v1/zones'].put.requestBody.content['application/json'].schema"
                        + ".properties.type.enum[0]").isEqualTo("FeatureCollection");
    }

    private ObjectNode export(String version) {
        byte[] body = http.get().uri("/api/v1/layers/{v}/cells.geojson", version).exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        return (ObjectNode) JSON.readTree(body);
    }

    private WebTestClient.ResponseSpec importLayer(String version, JsonNode body) {
        return http.post().uri("/api/v1/layers?version={v}&effectiveFrom=2027-01-01", version)
                .contentType(GEO_JSON).bodyValue(JSON.writeValueAsBytes(body)).exchange();
    }

    private static void shift(ObjectNode feature, double degrees) {
        for (JsonNode ring : feature.path("geometry").path("coordinates")) {
            for (JsonNode position : ring) {
                ((ArrayNode) position).set(0, position.get(0).asDouble() + degrees);
                ((ArrayNode) position).set(1, position.get(1).asDouble() + degrees);
            }
        }
    }

    private static void bowTie(ObjectNode feature) {
        ArrayNode ring = (ArrayNode) feature.path("geometry").path("coordinates").get(0);
        double x0 = ring.get(0).get(0).asDouble();
        double y0 = ring.get(0).get(1).asDouble();
        ArrayNode bowTie = JSON.createArrayNode();
        bowTie.addArray().add(x0).add(y0);
        bowTie.addArray().add(x0 + 0.001).add(y0 + 0.001);
        bowTie.addArray().add(x0 + 0.001).add(y0);
        bowTie.addArray().add(x0).add(y0 + 0.001);
        bowTie.addArray().add(x0).add(y0);
        ((ArrayNode) feature.path("geometry").path("coordinates")).set(0, bowTie);
    }

    /** The population announcement of a layer version for the reason, as published on {@code grid.population}. */
    private PopulationChanged population(String version, PopulationChanged.Reason reason) {
        EventEnvelope<?> event = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers())
                .awaitEvent(Topics.GRID_POPULATION, e -> e.data() instanceof PopulationChanged p
                        && p.layerVersion().equals(version) && p.reason() == reason, Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no " + reason + " announcement of " + version));
        assertThat(event.aggregateId()).isEqualTo("110105");
        return (PopulationChanged) event.data();
    }
}
