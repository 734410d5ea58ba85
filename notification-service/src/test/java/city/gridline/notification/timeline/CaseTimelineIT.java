package city.gridline.notification.timeline;

import city.gridline.contracts.Topics;
import city.gridline.contracts.event.EventType;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.testkit.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CaseTimelineIT extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SAMPLE_CASE_NUMBER = "261123-00042";

    @Autowired
    WebTestClient http;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());

    @Test
    void timelineHoldsEachCaseEventOnceInOrder() {
        String caseNumber = aCaseNumber();
        String openedId = UUID.randomUUID().toString();

        publish(EventTypes.CASE_OPENED, caseNumber, openedId);
        publish(EventTypes.CASE_DISPATCHED, caseNumber, UUID.randomUUID().toString());
        publish(EventTypes.CASE_OPENED, caseNumber, openedId);

        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/cases/{n}/timeline", caseNumber)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entries.length()").isEqualTo(2)
                .jsonPath("$.entries[0].type").isEqualTo("gridline.case.opened.v1")
                .jsonPath("$.entries[0].eventId").isEqualTo(openedId)
                .jsonPath("$.entries[1].type").isEqualTo("gridline.case.dispatched.v1")
                .jsonPath("$.entries[1].summary").value(summary ->
                        assertThat((String) summary).contains("南郎家园综合执法组")));
    }

    @Test
    void poisonMessageIsDeadLetteredAndTheNextEventStillRecorded() {
        String caseNumber = aCaseNumber();
        topics.send(Topics.CASES_EVENTS, caseNumber, "\u0000garbage".getBytes(StandardCharsets.UTF_8), Map.of());
        publish(EventTypes.CASE_OPENED, caseNumber, UUID.randomUUID().toString());

        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/cases/{n}/timeline", caseNumber)
                .exchange().expectStatus().isOk());
        ConsumerRecord<String, byte[]> dead = topics.awaitRecord(
                Topics.deadLetter(Topics.CASES_EVENTS, "notification"), r -> caseNumber.equals(r.key()), WAIT)
                .orElseThrow();
        assertThat(TopicProbe.header(dead, "x-exception-message")).isNotBlank();
        http.get().uri("/actuator/prometheus").exchange().expectBody(String.class).value(metrics -> assertThat(metrics)
                .contains("gridline_dead_letters_total{", "topic=\"cases.events\""));
    }

    @Test
    void caseNeverSeenIsAProblem404() {
        http.get().uri("/api/v1/cases/{n}/timeline", "000000-00000").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/case-not-found");
    }

    private static String aCaseNumber() {
        return "990101-" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    private void publish(EventType<?> type, String caseNumber, String eventId) {
        String sample = new String(GoldenSamples.sample(type), StandardCharsets.UTF_8);
        String sampleEventId = sample.replaceAll("(?s).*?\"eventId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        byte[] payload = sample.replace(SAMPLE_CASE_NUMBER, caseNumber).replace(sampleEventId, eventId)
                .getBytes(StandardCharsets.UTF_8);
        topics.send(type.topic(), caseNumber, payload, Map.of());
    }
}
