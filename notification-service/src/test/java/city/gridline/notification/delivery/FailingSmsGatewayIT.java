package city.gridline.notification.delivery;

import city.gridline.contracts.Topics;
import city.gridline.notification.CaseEventsFixture;
import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.testkit.TopicProbe;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FailingSmsGatewayIT extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());

    @Test
    void aFailingGatewayRetriesOpensTheCircuitEndsDeadAndAReSendDeliversOnceItRecovers() {
        CircuitBreaker circuit = circuitBreakers.circuitBreaker("sms");
        circuit.reset();
        List<CircuitBreaker.StateTransition> transitions = new CopyOnWriteArrayList<>();
        circuit.getEventPublisher().onStateTransition(event -> transitions.add(event.getStateTransition()));
        String caseNumber = CaseEventsFixture.aCaseNumber();
        SMS_GATEWAY.answer(503);
        try {
            String id = deadDispatchSmsOf(caseNumber);

            // Round 1: three tries, each answered 503; three failures open the circuit. Round 2 finds it open.
            assertThat(SMS_GATEWAY.requestsFor(id)).hasSize(3);
            assertThat(transitions).contains(CircuitBreaker.StateTransition.CLOSED_TO_OPEN);
            http.get().uri("/api/v1/notifications/{id}", id).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.state").isEqualTo("DEAD")
                    .jsonPath("$.rounds").isEqualTo(2)
                    .jsonPath("$.failure").value(failure -> assertThat((String) failure)
                            .startsWith("gave up after 2 delivery round(s); last: ")
                            .containsAnyOf("OPEN", "503"))
                    .jsonPath("$.attempts.length()").isEqualTo(4)
                    .jsonPath("$.attempts[0].failure").isEqualTo("SMS gateway answered 503 Service Unavailable")
                    .jsonPath("$.attempts[2].round").isEqualTo(1)
                    .jsonPath("$.attempts[3].round").isEqualTo(2);
            http.get().uri("/actuator/prometheus").exchange().expectBody(String.class).value(metrics -> assertThat(metrics)
                    .contains("resilience4j_circuitbreaker_state{", "name=\"sms\"")
                    .containsPattern("gridline_deliveries_total\\{[^}]*channel=\"sms\"[^}]*state=\"dead\"")
                    .containsPattern("gridline_notifications\\{[^}]*state=\"dead\"[^}]*} [1-9]"));

            SMS_GATEWAY.answer(202);
            await().atMost(WAIT).until(() -> circuit.getState() != CircuitBreaker.State.OPEN);
            http.post().uri("/api/v1/notifications/{id}/resend", id).exchange()
                    .expectStatus().isAccepted()
                    .expectBody().jsonPath("$.state").isEqualTo("PENDING");

            await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/notifications/{id}", id).exchange()
                    .expectBody()
                    .jsonPath("$.state").isEqualTo("SENT")
                    .jsonPath("$.attempts.length()").isEqualTo(5)
                    .jsonPath("$.attempts[4].succeeded").isEqualTo(true));
            assertThat(SMS_GATEWAY.requestsFor(id)).hasSize(4).last().asString().contains(caseNumber);

            http.post().uri("/api/v1/notifications/{id}/resend", id).exchange()
                    .expectStatus().isEqualTo(409)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/notification-already-sent");
        } finally {
            SMS_GATEWAY.answer(202);
        }
    }

    /** Found in review: a gateway that echoed the refused number put it, unmasked, into the record and the log. */
    @Test
    void aRefusalThatEchoesTheNumberIsKeptWithTheNumberMasked() {
        String caseNumber = CaseEventsFixture.aCaseNumber();
        SMS_GATEWAY.answer(400, "{\"error\":\"invalid mobile " + TEAM_PHONE + "\"}");
        try {
            String id = deadDispatchSmsOf(caseNumber);
            String notification = http.get().uri("/api/v1/notifications/{id}", id).exchange()
                    .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            assertThat(notification).contains("SMS gateway answered 400 Bad Request: ", "invalid mobile 138****8000")
                    .doesNotContain(TEAM_PHONE);
        } finally {
            SMS_GATEWAY.answer(202);
        }
    }

    /** Dispatches a case to the team with a phone and waits until its SMS is DEAD; its id. */
    private String deadDispatchSmsOf(String caseNumber) {
        topics.send(Topics.CASES_EVENTS, caseNumber,
                CaseEventsFixture.aDispatch(caseNumber, UUID.randomUUID().toString(), TEAM_WITH_PHONE), Map.of());
        AtomicReference<String> id = new AtomicReference<>();
        await().atMost(WAIT).untilAsserted(() -> http.get()
                .uri("/api/v1/notifications?state=DEAD&caseNumber={n}", caseNumber).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.notifications.length()").isEqualTo(1)
                .jsonPath("$.notifications[0].id").value(value -> id.set((String) value)));
        return id.get();
    }

    @Test
    void anUnknownNotificationIsAProblem404() {
        http.post().uri("/api/v1/notifications/{id}/resend", "no-such-notification").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/notification-not-found");
        http.get().uri("/api/v1/notifications/{id}", "no-such-notification").exchange()
                .expectStatus().isNotFound();
    }
}
