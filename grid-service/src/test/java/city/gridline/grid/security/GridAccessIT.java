package city.gridline.grid.security;

import city.gridline.testkit.ServiceIntegrationTest;
import city.gridline.testkit.TestCallers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may read and change grid layers: 401 without credentials, 403 for a wrong role or area, nothing changed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GridAccessIT extends ServiceIntegrationTest {

    private static final String DEMO = "110105-demo-1";
    private static final String CHAOYANG = "110105";

    private WebTestClient http;

    @Autowired
    void client(WebTestClient client) {
        http = client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024)).build();
    }

    @Test
    void healthAndTheApiDocumentationNeedNoCredentialsButTheApiDoes() {
        WebTestClient anonymous = http.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION))
                .build();
        anonymous.get().uri("/actuator/health").exchange().expectStatus()
                .value(status -> assertThat(status).as("health answers without credentials").isNotIn(401, 403));
        anonymous.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
        anonymous.get().uri("/api/v1/layers").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/unauthenticated");
    }

    @Test
    void aTokenSignedByAnotherIssuerMalformedOrNamingNobodyIsRefused() {
        http.get().uri("/api/v1/layers").header(HttpHeaders.AUTHORIZATION,
                        TestCallers.forged("intruder", List.of("GRID_ADMINISTRATOR")))
                .exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/v1/layers").header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token")
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/v1/layers").header(HttpHeaders.AUTHORIZATION,
                        TestCallers.bearer(null, List.of("GRID_ADMINISTRATOR"), List.of("*")))
                .exchange().expectStatus().isUnauthorized();
    }

    /** Found by the bad-input campaign: the security firewall's refusal was a bare 400. */
    @Test
    void aPathTheFirewallRefusesIsA400Problem() {
        http.post().uri("/api/v1/layers/a;b=c/activate").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/malformed-request");
    }

    @Test
    void staffReadLayersButACitizenPortalDoesNot() {
        http.get().uri("/api/v1/layers/current").header(HttpHeaders.AUTHORIZATION, as("OFFICER", CHAOYANG))
                .exchange().expectStatus().isOk();
        http.get().uri("/api/v1/layers/current").header(HttpHeaders.AUTHORIZATION, as("CITIZEN_PORTAL", "*"))
                .exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/forbidden");
    }

    @Test
    void onlyAGridAdministratorOfTheDistrictImportsOrActivatesAndARefusalStoresNothing() {
        JsonNode exported = http.get().uri("/api/v1/layers/{v}/cells.geojson", DEMO).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        String version = "110105-access-" + UUID.randomUUID();

        importLayer(version, exported, as("COMMAND_CENTRE", "*")).expectStatus().isForbidden();
        importLayer(version, exported, as("GRID_ADMINISTRATOR", "110108")).expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                        .contains("outside your areas"));
        http.get().uri("/api/v1/layers/{v}", version).exchange().expectStatus().isNotFound();

        http.post().uri("/api/v1/layers/{v}/activate", DEMO).header(HttpHeaders.AUTHORIZATION,
                as("GRID_ADMINISTRATOR", "110108")).exchange().expectStatus().isForbidden();
        http.post().uri("/api/v1/layers/{v}/activate", DEMO).header(HttpHeaders.AUTHORIZATION,
                as("GRID_ADMINISTRATOR", CHAOYANG)).exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec importLayer(String version, JsonNode cells, String authorization) {
        return http.post().uri(uri -> uri.path("/api/v1/layers").queryParam("version", version)
                        .queryParam("effectiveFrom", "2027-01-01").build())
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .bodyValue(cells)
                .exchange();
    }

    private static String as(String role, String area) {
        return TestCallers.bearer("grid-access-it", List.of(role), List.of(area));
    }
}
