package city.gridline.grid.layer;

import city.gridline.contracts.Topics;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.grid.location.ReceivedReportFixture;
import city.gridline.testkit.ServiceIntegrationTest;
import city.gridline.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ZoneAdministrationIT extends ServiceIntegrationTest {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Sanlitun, in no bundled zone. */
    private static final double SANLITUN_LON = 116.4550;
    private static final double SANLITUN_LAT = 39.9370;

    @Autowired
    WebTestClient http;

    @Autowired
    ReactiveMongoTemplate mongo;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());

    @Test
    void exportedZonesImportAgainUnchangedAndAnImportedZoneLocatesReportsFromThenOn() {
        ObjectNode original = export();
        try {
            importZones(original).expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(4);
            assertThat(export()).isEqualTo(original);

            ObjectNode withSanlitun = original.deepCopy();
            ((ArrayNode) withSanlitun.path("features")).add(feature("ZONE-SANLITUN", "三里屯太古里", "ZT-SANLITUN",
                    "三里屯特殊地区执法队", box(SANLITUN_LON - 0.003, SANLITUN_LAT - 0.002, SANLITUN_LON + 0.003,
                            SANLITUN_LAT + 0.002)));
            importZones(withSanlitun)
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.length()").isEqualTo(5)
                    .jsonPath("$[?(@.code == 'ZONE-SANLITUN')].team.id").isEqualTo("ZT-SANLITUN");
            assertThat(export().path("features")).hasSize(5);

            String reportId = UUID.randomUUID().toString();
            topics.send(Topics.REPORTS_RECEIVED, reportId, ReceivedReportFixture.aReceivedReport(reportId,
                    UUID.randomUUID().toString(), SANLITUN_LON, SANLITUN_LAT, "GCJ02"), Map.of());
            ReportLocated located = (ReportLocated) topics.awaitEvent(Topics.REPORTS_LOCATED,
                            e -> e.data() instanceof ReportLocation location && location.reportId().equals(reportId),
                            Duration.ofSeconds(30))
                    .orElseThrow(() -> new AssertionError("no outcome for report " + reportId)).data();
            assertThat(located.zone()).isNotNull();
            assertThat(located.zone().code()).isEqualTo("ZONE-SANLITUN");
            assertThat(located.zone().team().name()).isEqualTo("三里屯特殊地区执法队");
        } finally {
            importZones(original).expectStatus().isOk();
        }
    }

    @Test
    void brokenZonesAreRejectedWithEveryProblemListedAndNothingStored() {
        ObjectNode original = export();
        long storedSets = storedZoneSets();
        ObjectNode broken = original.deepCopy();
        ArrayNode features = (ArrayNode) broken.path("features");
        ((ObjectNode) features.get(3).path("properties")).remove("teamName");
        features.add(feature(code(features.get(0)), "重复", "ZT-DUP", "重复执法队",
                box(SANLITUN_LON - 0.001, SANLITUN_LAT - 0.001, SANLITUN_LON + 0.001, SANLITUN_LAT + 0.001)));
        features.add(feature("ZONE-TIANANMEN", "天安门", "ZT-TIANANMEN", "天安门执法队",
                box(116.392, 39.905, 116.402, 39.912)));
        features.add(feature("ZONE-OVER-CBD", "压在CBD上", "ZT-OVER", "重叠执法队",
                box(116.455, 39.910, 116.465, 39.915)));
        ObjectNode bowTie = feature("ZONE-BOWTIE", "蝴蝶结", "ZT-BOWTIE", "蝴蝶结执法队",
                box(SANLITUN_LON, SANLITUN_LAT, SANLITUN_LON + 0.001, SANLITUN_LAT + 0.001));
        ArrayNode ring = (ArrayNode) bowTie.path("geometry").path("coordinates").get(0);
        JsonNode corner = ring.remove(1);
        ring.insert(2, corner);
        features.add(bowTie);

        importZones(broken)
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gridline.city/problems/zones-rejected")
                .jsonPath("$.problems.length()").isEqualTo(5)
                .jsonPath("$.problems[?(@.kind == 'MISSING_PROPERTY')].zoneCode").isEqualTo(code(features.get(3)))
                .jsonPath("$.problems[?(@.kind == 'DUPLICATE_CODE')].zoneCode").isEqualTo(code(features.get(0)))
                .jsonPath("$.problems[?(@.kind == 'OUTSIDE_DISTRICT')].zoneCode").isEqualTo("ZONE-TIANANMEN")
                .jsonPath("$.problems[?(@.kind == 'OVERLAP')].message").value(message ->
                        assertThat(message.toString()).contains("ZONE-CBD and ZONE-OVER-CBD"))
                .jsonPath("$.problems[?(@.kind == 'INVALID_GEOMETRY')].zoneCode").isEqualTo("ZONE-BOWTIE");

        assertThat(export()).isEqualTo(original);
        assertThat(storedZoneSets()).isEqualTo(storedSets);
        importZones(JSON.createObjectNode().put("type", "Point"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.problems[0].kind").isEqualTo("MALFORMED_FEATURE");
    }

    private ObjectNode export() {
        byte[] body = http.get().uri("/api/v1/zones.geojson").exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        return (ObjectNode) JSON.readTree(body);
    }

    private WebTestClient.ResponseSpec importZones(JsonNode body) {
        return http.put().uri("/api/v1/zones").contentType(GEO_JSON).bodyValue(JSON.writeValueAsBytes(body)).exchange();
    }

    private long storedZoneSets() {
        return mongo.getCollection("special_zones").flatMap(collection -> Mono.from(
                collection.countDocuments())).block();
    }

    private static String code(JsonNode feature) {
        return feature.path("properties").path("code").asString();
    }

    private static ObjectNode feature(String code, String name, String teamId, String teamName, ArrayNode ring) {
        ObjectNode feature = JSON.createObjectNode().put("type", "Feature").put("id", code);
        ObjectNode geometry = feature.putObject("geometry").put("type", "Polygon");
        geometry.putArray("coordinates").add(ring);
        feature.putObject("properties").put("code", code).put("name", name).put("teamId", teamId)
                .put("teamName", teamName);
        return feature;
    }

    private static ArrayNode box(double minLon, double minLat, double maxLon, double maxLat) {
        ArrayNode ring = JSON.createArrayNode();
        ring.addArray().add(minLon).add(minLat);
        ring.addArray().add(maxLon).add(minLat);
        ring.addArray().add(maxLon).add(maxLat);
        ring.addArray().add(minLon).add(maxLat);
        ring.addArray().add(minLon).add(minLat);
        return ring;
    }
}
