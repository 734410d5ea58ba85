package city.gridline.notification.delivery.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    @Test
    void isTheHexHmacSha256OfTheBodyUnderTheSecret() {
        // RFC 4231, test case 2.
        assertThat(WebhookSignature.of("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void changesWithTheBodyAndTheSecret() {
        byte[] body = "{\"caseNumber\":\"261123-00042\"}".getBytes(StandardCharsets.UTF_8);
        byte[] other = "{\"caseNumber\":\"261123-00043\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.of("s3cr3t", body)).isNotEqualTo(WebhookSignature.of("s3cr3t", other))
                .isNotEqualTo(WebhookSignature.of("other", body));
    }
}
