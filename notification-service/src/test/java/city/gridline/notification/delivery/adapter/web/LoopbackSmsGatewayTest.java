package city.gridline.notification.delivery.adapter.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class LoopbackSmsGatewayTest {

    private final WebTestClient http = WebTestClient.bindToController(
            new LoopbackSmsGateway(Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC))).build();

    @Test
    void listsWhatItReceivedOldestFirst() {
        send("13800138000", "【城管】第一条", "n-1");
        send("13800138001", "【城管】第二条", "n-2");

        http.get().uri("/loopback/sms").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].to").isEqualTo("13800138000")
                .jsonPath("$[0].text").isEqualTo("【城管】第一条")
                .jsonPath("$[1].reference").isEqualTo("n-2")
                .jsonPath("$[1].receivedAt").isEqualTo("2026-11-23T02:00:00Z");
    }

    private void send(String to, String text, String reference) {
        http.post().uri("/loopback/sms").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new LoopbackSmsGateway.SmsMessage(to, text, reference))
                .exchange()
                .expectStatus().isAccepted();
    }
}
