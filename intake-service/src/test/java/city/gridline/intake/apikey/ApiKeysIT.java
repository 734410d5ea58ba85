package city.gridline.intake.apikey;

import city.gridline.testkit.ServiceIntegrationTest;
import city.gridline.testkit.TestCallers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API keys of client systems: issued by an administrator and shown once, kept only as a hash, revocable, with a
 * rate of their own, and good only for what their role allows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gridline.intake.api-key-check-remembered=0s")
@AutoConfigureWebTestClient
class ApiKeysIT extends ServiceIntegrationTest {

    private static final String ADMIN = TestCallers.bearer("admin-1", List.of("ADMINISTRATOR"), List.of("*"));

    @Autowired
    WebTestClient http;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void anIssuedKeyFilesReportsIsStoredOnlyAsAHashAndStopsWorkingWhenRevoked() {
        JsonNode issued = issue(Map.of("client", "12319 hotline system", "role", "HOTLINE_SYSTEM"));
        String key = issued.path("key").asString();
        String id = issued.path("stored").path("id").asString();
        assertThat(key).startsWith("glk_").hasSizeGreaterThan(40);
        assertThat(issued.path("stored").path("createdBy").asString()).isEqualTo("admin-1");

        filedWith(key, "ak-" + UUID.randomUUID()).expectStatus().is2xxSuccessful();
        List<Document> stored = mongo.findAll(Document.class, "api_keys").collectList().block(Duration.ofSeconds(30));
        assertThat(stored).isNotEmpty().allSatisfy(document -> assertThat(document.toJson()).doesNotContain(key));
        http.get().uri("/api/v1/api-keys").header(HttpHeaders.AUTHORIZATION, ADMIN).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(list -> assertThat(list).contains(id).doesNotContain(key));

        http.delete().uri("/api/v1/api-keys/{id}", id).header(HttpHeaders.AUTHORIZATION, ADMIN).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.revokedBy").isEqualTo("admin-1");
        filedWith(key, "ak-" + UUID.randomUUID()).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.delete().uri("/api/v1/api-keys/{id}", "000000000000").header(HttpHeaders.AUTHORIZATION, ADMIN)
                .exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/api-key-not-found");
    }

    @Test
    void aKeyWithItsOwnRateIsHeldToIt() {
        String key = issue(Map.of("client", "slow system", "role", "HOTLINE_SYSTEM", "perSecond", 0.01,
                "burst", 2)).path("key").asString();

        filedWith(key, "rate-" + UUID.randomUUID()).expectStatus().is2xxSuccessful();
        filedWith(key, "rate-" + UUID.randomUUID()).expectStatus().is2xxSuccessful();
        filedWith(key, "rate-" + UUID.randomUUID()).expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER);
    }

    @Test
    void aKeyDoesOnlyWhatItsRoleAllowsAndOnlyAnAdministratorIssuesKeys() {
        String open311 = issue(Map.of("client", "an Open311 app", "role", "OPEN311_CLIENT")).path("key").asString();
        filedWith(open311, "role-" + UUID.randomUUID()).expectStatus().isForbidden();
        http.get().uri("/open311/v2/services.json?api_key={key}", open311).exchange().expectStatus().isOk();

        http.post().uri("/api/v1/api-keys").contentType(MediaType.APPLICATION_JSON)
                .headers(TestCallers.as("desk-3", List.of("HOTLINE_OPERATOR"), List.of("*")))
                .bodyValue(Map.of("client", "self-made", "role", "HOTLINE_SYSTEM")).exchange()
                .expectStatus().isForbidden();
        http.post().uri("/api/v1/api-keys").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, ADMIN)
                .bodyValue(Map.of("client", "a person", "role", "COMMAND_CENTRE")).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("role");
        http.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build()
                .get().uri("/open311/v2/discovery.json").exchange().expectStatus().isOk();
    }

    @Test
    void aReportSaysWhoFiledItByWhichCredentialButNeverTheCredential() {
        JsonNode issued = issue(Map.of("client", "110 system", "role", "HOTLINE_SYSTEM"));
        String key = issued.path("key").asString();
        String byKey = filedWith(key, "who-" + UUID.randomUUID()).expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().path("reportId").asString();
        String byToken = http.post().uri("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .headers(TestCallers.as("desk-7", List.of("HOTLINE_OPERATOR"), List.of("*")))
                .bodyValue(Map.of("channel", "12319", "sourceTicketId", "who-" + UUID.randomUUID(),
                        "categoryCode", "0101", "description", "井盖破损", "address", "朝阳区工人体育场北路"))
                .exchange().expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().path("reportId").asString();

        JsonNode filedByKey = http.get().uri("/api/v1/reports/{id}", byKey).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(filedByKey.path("filedBy").path("caller").asString())
                .isEqualTo("key:" + issued.path("stored").path("id").asString());
        assertThat(filedByKey.path("filedBy").path("credential").asString()).isEqualTo("API_KEY");
        assertThat(filedByKey.toString()).doesNotContain(key);
        http.get().uri("/api/v1/reports/{id}", byToken).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.filedBy.caller").isEqualTo("desk-7")
                .jsonPath("$.filedBy.credential").isEqualTo("BEARER_TOKEN");
    }

    private JsonNode issue(Map<String, Object> request) {
        return http.post().uri("/api/v1/api-keys").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, ADMIN).bodyValue(request).exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec filedWith(String key, String ticket) {
        return http.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build()
                .post().uri("/api/v1/reports").header("X-Api-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("channel", "12319", "sourceTicketId", ticket, "categoryCode", "0101",
                        "description", "小区门口垃圾桶满溢",
                        "location", Map.of("lon", 116.40 + Math.random() / 10, "lat", 39.93, "crs", "GCJ02")))
                .exchange();
    }
}
