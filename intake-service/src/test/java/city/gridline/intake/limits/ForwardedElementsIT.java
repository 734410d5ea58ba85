package city.gridline.intake.limits;

import city.gridline.testkit.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * {@link ForwardedClientsIT} for proxies that write RFC 7239's {@code Forwarded}: clients are told apart by the
 * {@code for} node the trusted proxy appended, and {@code X-Forwarded-For}, which such a proxy passes on as the
 * client wrote it, is not read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gridline.intake.limits.refused-credentials-per-minute=2",
        "gridline.intake.limits.trusted-proxies=127.0.0.0/8, ::1",
        "gridline.intake.limits.forwarded-header=forwarded"})
@AutoConfigureWebTestClient
class ForwardedElementsIT extends ServiceIntegrationTest {

    @Autowired
    WebTestClient http;

    @Test
    void eachClientNamedInForwardedHasItsOwnAllowanceAndXForwardedForIsNotRead() {
        withKey("glk_wrong-a1", "for=203.0.113.7;proto=https", "198.51.100.1").expectStatus().isUnauthorized();
        withKey("glk_wrong-a2", "for=203.0.113.7;proto=https", "198.51.100.2").expectStatus().isUnauthorized();
        withKey("glk_wrong-a3", "for=203.0.113.7;proto=https", "198.51.100.3").expectStatus().isEqualTo(429);
        withKey("glk_wrong-a4", "for=198.51.100.20, for=203.0.113.7", "198.51.100.4").expectStatus().isEqualTo(429);

        withKey("glk_wrong-b1", "for=\"[2001:db8::9]:4711\"", "203.0.113.7").expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec withKey(String key, String forwarded, String forwardedFor) {
        return http.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build()
                .get().uri("/api/v1/reports/no-such-report").header("X-Api-Key", key)
                .header("Forwarded", forwarded).header("X-Forwarded-For", forwardedFor).exchange();
    }
}
