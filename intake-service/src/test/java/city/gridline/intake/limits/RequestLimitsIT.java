package city.gridline.intake.limits;

import city.gridline.intake.apikey.adapter.web.ApiKeyAuthentication;
import city.gridline.testkit.ServiceIntegrationTest;
import city.gridline.testkit.TestCallers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Size and rate limits on every channel, refused before anything is read or stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gridline.intake.limits.max-body-size=8KB",
        "gridline.intake.limits.api.per-second=0.1",
        "gridline.intake.limits.api.burst=3",
        "gridline.intake.limits.open311.per-second=0.1",
        "gridline.intake.limits.open311.burst=2"})
@AutoConfigureWebTestClient
class RequestLimitsIT extends ServiceIntegrationTest {

    private static final List<String> JSON_CHANNELS = List.of("/api/v1/reports", "/api/v1/channels/12345/tickets",
            "/api/v1/channels/110/transfers", "/api/v1/channels/field/reports");

    @Autowired
    WebTestClient http;

    @Autowired
    MeterRegistry registry;

    @Test
    void aCallerOverItsRateIsRefusedWith429AndRetryAfterWhileOthersGoOn() {
        double refusedBefore = refusedRateLimited();
        for (int i = 0; i < 3; i++) {
            http.get().uri("/api/v1/reports/no-such-report").headers(clerk("clerk-1")).exchange()
                    .expectStatus().isNotFound();
        }

        http.get().uri("/api/v1/reports/no-such-report").headers(clerk("clerk-1")).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds))
                        .isBetween(1L, 10L))
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/rate-limited")
                .jsonPath("$.status").isEqualTo(429);
        http.get().uri("/api/v1/reports/no-such-report").headers(clerk("clerk-2")).exchange()
                .expectStatus().isNotFound();
        assertThat(refusedRateLimited()).isEqualTo(refusedBefore + 1);
    }

    @Test
    void anOpen311ClientIsLimitedByItsApiKey() {
        for (int i = 0; i < 2; i++) {
            postOpen311("api_key=it-key-1&service_code=no-such-service").expectStatus().isBadRequest();
        }

        postOpen311("api_key=it-key-1&service_code=no-such-service")
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$[0].code").isEqualTo(429);
        postOpen311("api_key=it-key-2&service_code=no-such-service").expectStatus().isBadRequest();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413OnEveryChannel() {
        String large = "{\"description\": \"" + "井".repeat(3000) + "\"}";
        for (String path : JSON_CHANNELS) {
            http.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(large).exchange()
                    .expectStatus().isEqualTo(413)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/payload-too-large");
        }
        http.post().uri("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("api_key=it-key-2&description=" + "x".repeat(9000)).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_XML)
                .expectBody(String.class).value(xml -> assertThat(xml).contains("<code>413</code>"));
    }

    @Test
    void aBodySentWithoutItsLengthIsHeldToTheSameLimit() {
        byte[] large = ("{\"channel\": \"12319\", \"description\": \"" + "x".repeat(9000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Flux<DataBuffer> chunks = Flux.range(0, large.length / 1000 + 1)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(java.util.Arrays.copyOfRange(large,
                        i * 1000, Math.min(large.length, (i + 1) * 1000))));

        http.post().uri("/api/v1/reports").headers(clerk("chunked")).contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** Found in review: an Open311 form over the limit sent without its length was a 500, or a 401 for its key. */
    @Test
    void anOpen311FormSentWithoutItsLengthIsHeldToTheSameLimit() {
        String form = "service_code=pothole&description=" + "x".repeat(9000);
        http.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build()
                .post().uri("/open311/v2/requests.json").header(ApiKeyAuthentication.HEADER, "it-key-2")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(chunked(form), DataBuffer.class).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$[0].code").isEqualTo(413);
        http.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build()
                .post().uri("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(chunked("api_key=it-key-2&" + form), DataBuffer.class).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody(String.class).value(xml -> assertThat(xml).contains("<code>413</code>"));
    }

    private static Flux<DataBuffer> chunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return Flux.range(0, bytes.length / 1000 + 1)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(java.util.Arrays.copyOfRange(bytes,
                        i * 1000, Math.min(bytes.length, (i + 1) * 1000))));
    }

    private static Consumer<HttpHeaders> clerk(String subject) {
        return TestCallers.as(subject, List.of("HOTLINE_OPERATOR"), List.of("*"));
    }

    /** As an Open311 client: its api_key is all it sends. */
    private WebTestClient.ResponseSpec postOpen311(String form) {
        return http.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build()
                .post().uri("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue(form).exchange();
    }

    private double refusedRateLimited() {
        Counter refused = registry.find("gridline.reports.refused").tag("reason", "rate_limited").counter();
        return refused == null ? 0 : refused.count();
    }
}
