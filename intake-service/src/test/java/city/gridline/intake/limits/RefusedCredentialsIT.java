package city.gridline.intake.limits;

import city.gridline.testkit.ServiceIntegrationTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An address that keeps presenting bad credentials is refused with 429 before they are checked. Every request of
 * this class comes from the loopback address, so it has a context (and an allowance) of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "gridline.intake.limits.refused-credentials-per-minute=3")
@AutoConfigureWebTestClient
class RefusedCredentialsIT extends ServiceIntegrationTest {

    @Autowired
    WebTestClient http;

    @Autowired
    MeterRegistry registry;

    @Test
    void anAddressPastItsAllowanceOfRefusedCredentialsIsRefusedWith429BeforeTheyAreChecked() {
        for (int i = 0; i < 5; i++) {
            http.get().uri("/api/v1/reports/no-such-report").exchange().expectStatus().isNotFound();
        }
        double refusedBefore = refusedRateLimited();
        for (int i = 0; i < 3; i++) {
            withKey("glk_wrong-" + i).expectStatus().isUnauthorized();
        }

        withKey("glk_wrong-3").expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds))
                        .isBetween(1L, 20L))
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/rate-limited");
        http.get().uri("/api/v1/reports/no-such-report").exchange().expectStatus().isEqualTo(429);
        // no proxy is trusted here, so a forwarded address written by the client does not make it another client
        withKey("glk_wrong-4", "198.51.100.9").expectStatus().isEqualTo(429);
        http.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build()
                .get().uri("/open311/v2/services.json?api_key=it-key-1").exchange()
                .expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$[0].code").isEqualTo(429);
        assertThat(refusedRateLimited()).isEqualTo(refusedBefore + 4);
    }

    private WebTestClient.ResponseSpec withKey(String key, String... forwardedFor) {
        return http.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build()
                .get().uri("/api/v1/reports/no-such-report").header("X-Api-Key", key)
                .headers(headers -> Arrays.stream(forwardedFor).forEach(entry -> headers.add("X-Forwarded-For", entry)))
                .exchange();
    }

    private double refusedRateLimited() {
        Counter refused = registry.find("gridline.reports.refused").tag("reason", "rate_limited").counter();
        return refused == null ? 0 : refused.count();
    }
}
