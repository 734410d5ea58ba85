package city.gridline.intake.limits;

import city.gridline.testkit.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Behind a trusted reverse proxy (here the loopback address the test client connects from), clients are told apart
 * by the address the proxy appended to {@code X-Forwarded-For}: one client spending its allowance of refused
 * credentials holds back neither the others behind the same proxy nor the proxy itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gridline.intake.limits.refused-credentials-per-minute=2",
        "gridline.intake.limits.trusted-proxies=127.0.0.0/8, ::1"})
@AutoConfigureWebTestClient
class ForwardedClientsIT extends ServiceIntegrationTest {

    @Autowired
    WebTestClient http;

    @Test
    void eachClientBehindATrustedProxyHasItsOwnAllowanceAndCannotPassForAnother() {
        withKey("glk_wrong-a1", "203.0.113.7").expectStatus().isUnauthorized();
        withKey("glk_wrong-a2", "203.0.113.7").expectStatus().isUnauthorized();
        withKey("glk_wrong-a3", "203.0.113.7").expectStatus().isEqualTo(429);
        // an entry the client wrote before the one the proxy appended does not make it another client
        withKey("glk_wrong-a4", "198.51.100.20, 203.0.113.7").expectStatus().isEqualTo(429);

        withKey("glk_wrong-b1", "198.51.100.9").expectStatus().isUnauthorized();
        withKey("glk_wrong-b2", "198.51.100.20").expectStatus().isUnauthorized();
        // the proxy's own requests (no forwarded address) are its own client, and authenticate
        http.get().uri("/api/v1/reports/no-such-report").exchange().expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec withKey(String key, String forwardedFor) {
        return http.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build()
                .get().uri("/api/v1/reports/no-such-report").header("X-Api-Key", key)
                .header("X-Forwarded-For", forwardedFor).exchange();
    }
}
