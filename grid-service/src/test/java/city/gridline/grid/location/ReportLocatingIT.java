package city.gridline.grid.location;

import city.gridline.contracts.Crs;
import city.gridline.contracts.Topics;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.Placement;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.contracts.event.ReportUnlocatable;
import city.gridline.contracts.event.UnlocatableReason;
import city.gridline.testkit.ServiceIntegrationTest;
import city.gridline.testkit.TestCallers;
import city.gridline.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ReportLocatingIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String IN_JIANWAI = "{\"lon\": 116.455, \"lat\": 39.937, \"crs\": \"GCJ02\"}";
    private static final String OUTSIDE_CHAOYANG = "{\"lon\": 116.30, \"lat\": 39.99, \"crs\": \"GCJ02\"}";

    @Autowired
    WebTestClient http;

    @Autowired
    ReactiveMongoTemplate mongo;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());

    @Test
    void demoLayerCoversChaoyangWithItsCensusPopulation() {
        http.get().uri("/api/v1/layers/current").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.district.code").isEqualTo("110105")
                .jsonPath("$.residents").isEqualTo(3_452_460)
                .jsonPath("$.streets").isEqualTo(43)
                .jsonPath("$.communities").isEqualTo(768)
                .jsonPath("$.cells").value(cells -> assertThat(((Number) cells).intValue()).isBetween(1_036, 1_266));
        http.get().uri("/api/v1/layers/110105-demo-1/check").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.sound").isEqualTo(true)
                .jsonPath("$.problems.length()").isEqualTo(0);
    }

    @Test
    void theCollectionsThatGrowWithEveryLayerAndReportAreIndexedForTheirReads() {
        assertThat(indexNames("grid_cells")).contains("layer_cells");
        assertThat(indexNames("triage")).contains("newest", "open_newest");
    }

    @Test
    void reportInsideTheDistrictIsLocatedInItsCellWithTheResidentTeam() {
        String reportId = UUID.randomUUID().toString();

        send(reportId, ReceivedReportFixture.aReceivedReport(reportId, UUID.randomUUID().toString(),
                116.455, 39.937, "GCJ02"));

        ReportLocated located = (ReportLocated) awaitOutcome(reportId).data();
        assertThat(located.cell().code()).startsWith(located.cell().community().code()).hasSize(15);
        assertThat(located.cell().district().name()).isEqualTo("朝阳区");
        assertThat(located.residentTeam().name()).endsWith("综合执法组");
        assertThat(located.report().categoryCode()).isEqualTo("0101");
        http.get().uri("/api/v1/cells/{code}", located.cell().code()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.team.id").isEqualTo(located.residentTeam().id());
        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/actuator/prometheus").exchange()
                .expectBody(String.class).value(metrics -> assertThat(metrics)
                        .contains("gridline_reports_located_total{", "outcome=\"located\"", "placement=\"POINT\"")
                        .contains("gridline_pipeline_latency_seconds_bucket{", "stage=\"located\"")));
    }

    @Test
    void reportInsideASpecialZoneNamesTheZoneAndItsTeam() {
        String reportId = UUID.randomUUID().toString();
        JsonNode cbd = http.get().uri("/api/v1/zones").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(cbd).hasSize(4);

        send(reportId, ReceivedReportFixture.aReceivedReport(reportId, UUID.randomUUID().toString(),
                116.4600, 39.9120, "GCJ02"));

        ReportLocated located = (ReportLocated) awaitOutcome(reportId).data();
        assertThat(located.zone()).isNotNull();
        assertThat(located.zone().code()).isEqualTo("ZONE-CBD");
        assertThat(located.zone().team().id()).isEqualTo("ZT-CBD");
    }

    @Test
    void deviceGpsPointIsConvertedToTheLayersCoordinatesFirst() {
        String reportId = UUID.randomUUID().toString();

        send(reportId, ReceivedReportFixture.aReceivedReport(reportId, UUID.randomUUID().toString(),
                116.449, 39.936, "WGS84"));

        ReportLocated located = (ReportLocated) awaitOutcome(reportId).data();
        assertThat(located.point().crs()).isEqualTo(Crs.GCJ02);
        assertThat(located.point().lon()).isNotEqualTo(116.449);
    }

    @Test
    void reportOutsideTheDistrictIsUnlocatableWithTheReason() {
        String reportId = UUID.randomUUID().toString();

        send(reportId, ReceivedReportFixture.aReceivedReport(reportId, UUID.randomUUID().toString(),
                116.30, 39.99, "GCJ02"));

        ReportUnlocatable unlocatable = (ReportUnlocatable) awaitOutcome(reportId).data();
        assertThat(unlocatable.reasonCode()).isEqualTo(UnlocatableReason.OUTSIDE_SERVICE_AREA);
        assertThat(unlocatable.reason()).contains("outside every cell", "110105-demo-1");
    }

    @Test
    void addressNamingACommunityIsPlacedInItsLevelOneGridForConfirmation() {
        String reportId = UUID.randomUUID().toString();

        send(reportId, ReceivedReportFixture.anAddressOnlyReport(reportId, UUID.randomUUID().toString(),
                "朝阳区南郎家园小区3号楼东侧"));

        ReportLocated located = (ReportLocated) awaitOutcome(reportId).data();
        assertThat(located.placement()).isEqualTo(Placement.ADDRESS_COMMUNITY);
        assertThat(located.cell().code()).isEqualTo("110105001024000");
        assertThat(located.residentTeam().id()).isEqualTo("T110105001024");
        awaitTriage(reportId, "CONFIRM_PLACEMENT");
    }

    @Test
    void addressNamingNoCommunityIsLeftForManualTriage() {
        String reportId = UUID.randomUUID().toString();

        send(reportId, ReceivedReportFixture.anAddressOnlyReport(reportId, UUID.randomUUID().toString(),
                "朝阳区建外街道某处路边"));

        ReportUnlocatable unlocatable = (ReportUnlocatable) awaitOutcome(reportId).data();
        assertThat(unlocatable.reasonCode()).isEqualTo(UnlocatableReason.ADDRESS_NOT_RESOLVED);
        assertThat(unlocatable.reason()).contains("建外街道");
        awaitTriage(reportId, "UNLOCATABLE");
    }

    @Test
    void redeliveredReportYieldsTheSameEventAgain() {
        String reportId = UUID.randomUUID().toString();
        byte[] report = ReceivedReportFixture.aReceivedReport(reportId, UUID.randomUUID().toString(),
                116.455, 39.937, "GCJ02");

        send(reportId, report);
        send(reportId, report);

        await().atMost(WAIT).untilAsserted(() -> {
            List<EventEnvelope<?>> outcomes = topics.events(Topics.REPORTS_LOCATED,
                    e -> e.aggregateId().equals(reportId), Duration.ofSeconds(1));
            assertThat(outcomes).hasSize(2);
            assertThat(outcomes.get(0).eventId()).isEqualTo(outcomes.get(1).eventId());
            assertThat(outcomes.get(0).data()).isEqualTo(outcomes.get(1).data());
        });
    }

    @Test
    void cellAtAPointOutsideIsAProblem404AndABadCrsA400() {
        http.get().uri("/api/v1/cells?lon=116.455&lat=39.937").exchange().expectStatus().isOk();
        http.get().uri("/api/v1/cells?lon=116.30&lat=39.99").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/cell-not-found");
        http.get().uri("/api/v1/cells?lon=116.455&lat=39.937&crs=BD09").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anUnlocatableReportPlacedByHandIsAnnouncedLocatedOnceAndLeavesTheTriageList() {
        String reportId = UUID.randomUUID().toString();
        send(reportId, ReceivedReportFixture.anAddressOnlyReport(reportId, UUID.randomUUID().toString(),
                "朝阳区建外街道某处路边"));
        awaitTriage(reportId, "UNLOCATABLE");

        place(reportId, "OFFICER", "*", IN_JIANWAI).expectStatus().isForbidden();
        place(reportId, "GRID_ADMINISTRATOR", "110108", IN_JIANWAI).expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                        .contains("outside your areas"));
        place(reportId, "COMMAND_CENTRE", "110105", OUTSIDE_CHAOYANG).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/point-outside-layer");
        awaitTriage(reportId, "UNLOCATABLE");
        JsonNode placed = place(reportId, "COMMAND_CENTRE", "110105", IN_JIANWAI).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(placed.path("resolution").path("outcome").asString()).isEqualTo("PLACED");
        assertThat(placed.path("resolution").path("by").asString()).isEqualTo("triage-it");
        EventEnvelope<?> announced = topics.awaitEvent(Topics.REPORTS_LOCATED,
                e -> e.data() instanceof ReportLocated l && l.reportId().equals(reportId), WAIT)
                .orElseThrow(() -> new AssertionError("report " + reportId + " placed by hand was not announced"));
        ReportLocated located = (ReportLocated) announced.data();
        assertThat(announced.eventId()).isEqualTo(placed.path("placement").path("eventId").asString());
        assertThat(located.placement()).isEqualTo(Placement.POINT);
        assertThat(located.cell().code()).isEqualTo(placed.path("placement").path("located").path("cell")
                .path("code").asString()).startsWith("110105");
        assertThat(located.report().address()).isEqualTo("朝阳区建外街道某处路边");
        http.get().uri("/api/v1/triage?limit=500").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.reportId == '%s')]".formatted(reportId)).doesNotExist();

        place(reportId, "COMMAND_CENTRE", "110105", IN_JIANWAI).expectStatus().isOk()
                .expectBody().jsonPath("$.placement.eventId").isEqualTo(announced.eventId());
        place(reportId, "COMMAND_CENTRE", "110105", "{\"lon\": 116.48, \"lat\": 39.99, \"crs\": \"GCJ02\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/triage-item-closed");
        confirm(reportId, "GRID_ADMINISTRATOR").expectStatus().isEqualTo(409);
        assertThat(topics.events(Topics.REPORTS_LOCATED,
                e -> e.data() instanceof ReportLocated l && l.reportId().equals(reportId), Duration.ofSeconds(1)))
                .hasSize(1);
    }

    @Test
    void aCommunityPlacementIsConfirmedNotPlacedAgain() {
        String reportId = UUID.randomUUID().toString();
        send(reportId, ReceivedReportFixture.anAddressOnlyReport(reportId, UUID.randomUUID().toString(),
                "朝阳区南郎家园小区3号楼东侧"));
        awaitTriage(reportId, "CONFIRM_PLACEMENT");

        place(reportId, "COMMAND_CENTRE", "110105", IN_JIANWAI).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/wrong-triage-action");
        confirm(reportId, "ASSISTANT").expectStatus().isForbidden();
        confirm(reportId, "GRID_ADMINISTRATOR").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.resolution.outcome").isEqualTo("CONFIRMED")
                .jsonPath("$.resolution.by").isEqualTo("triage-it");

        http.get().uri("/api/v1/triage?limit=500").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.reportId == '%s')]".formatted(reportId)).doesNotExist();
        confirm(reportId, "COMMAND_CENTRE").expectStatus().isEqualTo(409);
        http.post().uri("/api/v1/triage/{id}/confirmation", UUID.randomUUID()).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/triage-item-not-found");
    }

    private WebTestClient.ResponseSpec place(String reportId, String role, String area, String point) {
        return http.post().uri("/api/v1/triage/{id}/placement", reportId)
                .header(HttpHeaders.AUTHORIZATION, TestCallers.bearer("triage-it", List.of(role), List.of(area)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(point).exchange();
    }

    private WebTestClient.ResponseSpec confirm(String reportId, String role) {
        return http.post().uri("/api/v1/triage/{id}/confirmation", reportId)
                .header(HttpHeaders.AUTHORIZATION, TestCallers.bearer("triage-it", List.of(role), List.of("110105")))
                .exchange();
    }

    private void awaitTriage(String reportId, String kind) {
        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/triage?limit=500").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.reportId == '%s')].kind".formatted(reportId)).isEqualTo(kind));
    }

    private void send(String reportId, byte[] payload) {
        topics.send(Topics.REPORTS_RECEIVED, reportId, payload, Map.of());
    }

    private EventEnvelope<?> awaitOutcome(String reportId) {
        return topics.awaitEvent(Topics.REPORTS_LOCATED,
                        e -> e.data() instanceof ReportLocation location && location.reportId().equals(reportId), WAIT)
                .orElseThrow(() -> new AssertionError("no outcome for report " + reportId));
    }

    private List<String> indexNames(String collection) {
        return mongo.indexOps(collection).getIndexInfo().map(IndexInfo::getName).collectList().block(WAIT);
    }
}
