package city.gridline.notification.callback;

import city.gridline.contracts.Topics;
import city.gridline.contracts.event.CallbackRecorded;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.EventType;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import city.gridline.notification.CaseEventsFixture;
import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.notification.assessment.application.AssessmentGauges;
import city.gridline.testkit.TestCallers;
import city.gridline.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two cases driven through their events on a day of their own (2026-11-10, so that no other test's case falls in
 * the assessed period): one handled, reworked once, closed and called back; one returned, re-dispatched, signed
 * late and still open past its deadline.
 */
class CaseClosureIT extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String[] ON_THE_10TH = {"2026-11-23T08:15:30", "2026-11-10T08:15:30",
            "2026-11-23T08:45:30", "2026-11-10T08:45:30"};
    private static final String PERIOD = "from=2026-11-10T00:00:00Z&to=2026-11-11T00:00:00Z";
    private static final String[] ON_THE_11TH = {"2026-11-23T08:15:30", "2026-11-11T08:15:30",
            "2026-11-23T08:45:30", "2026-11-11T08:45:30"};

    @Autowired
    WebTestClient http;

    @Autowired
    AssessmentGauges gauges;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());

    @Test
    void aCaseClosedOnTimeIsCalledBackOnceAndTheAssessmentCountsBothCases() {
        String handled = CaseEventsFixture.aCaseNumber();
        String stillOpen = CaseEventsFixture.aCaseNumber();
        for (int i = 0; i < 3; i++) {
            reportReceived();
        }
        step(EventTypes.CASE_OPENED, handled, null);
        step(EventTypes.CASE_DISPATCHED, handled, null);
        step(EventTypes.CASE_ACCEPTED, handled, "2026-11-10T08:30:00Z");
        step(EventTypes.CASE_RESOLVED, handled, "2026-11-10T12:00:00Z");
        step(EventTypes.CASE_VERIFIED, handled, "2026-11-10T12:10:00Z", "\"passed\": true", "\"passed\": false");
        step(EventTypes.CASE_RESOLVED, handled, "2026-11-10T13:00:00Z");
        step(EventTypes.CASE_VERIFIED, handled, "2026-11-10T13:10:00Z");
        step(EventTypes.CASE_CLOSED, handled, "2026-11-10T13:20:00Z");
        step(EventTypes.CASE_OPENED, stillOpen, null);
        step(EventTypes.CASE_DISPATCHED, stillOpen, null);
        step(EventTypes.CASE_RETURNED, stillOpen, "2026-11-10T08:20:00Z");
        step(EventTypes.CASE_DISPATCHED, stillOpen, null);
        step(EventTypes.CASE_ACCEPTED, stillOpen, "2026-11-10T09:30:00Z");

        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/cases/{n}/deadline", handled).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.running").isEqualTo(false)
                .jsonPath("$.stopReason").isEqualTo("CLOSED")
                .jsonPath("$.resolvedAt").isEqualTo("2026-11-10T13:00:00Z")
                .jsonPath("$.resolvedOnTime").isEqualTo(true));
        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/callbacks?state=OPEN&size=200").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.callbacks[?(@.caseNumber == '" + handled + "')].teamId").isEqualTo(TEAM_WITH_PHONE)
                .jsonPath("$.callbacks[?(@.caseNumber == '" + stillOpen + "')]").isEmpty());

        // The operator recorded is the authenticated caller, whatever the body claims.
        http.post().uri("/api/v1/callbacks/{n}/result", handled).contentType(MediaType.APPLICATION_JSON)
                .headers(TestCallers.as("12345-op-017", List.of("HOTLINE_OPERATOR"), List.of("*")))
                .bodyValue(Map.of("result", "BASICALLY_SATISFIED", "comment", "修好了，稍慢", "operator", "someone-else"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.state").isEqualTo("DONE")
                .jsonPath("$.result").isEqualTo("BASICALLY_SATISFIED");
        http.post().uri("/api/v1/callbacks/{n}/result", handled).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("result", "UNSATISFIED", "operator", "12345-op-018"))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/callback-already-recorded");

        EventEnvelope<?> recorded = topics.awaitEvent(Topics.NOTIFICATIONS_EVENTS,
                event -> handled.equals(event.aggregateId()) && event.data() instanceof CallbackRecorded, WAIT)
                .orElseThrow();
        assertThat(((CallbackRecorded) recorded.data()).result()).isEqualTo(CallbackRecorded.Result.BASICALLY_SATISFIED);
        assertThat(((CallbackRecorded) recorded.data()).operator()).isEqualTo("12345-op-017");
        assertThat(topics.events(Topics.NOTIFICATIONS_EVENTS,
                event -> handled.equals(event.aggregateId()) && event.data() instanceof CallbackRecorded,
                Duration.ofSeconds(2))).hasSize(1);

        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/assessment?groupBy=team&" + PERIOD).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.filing.casesOpened").isEqualTo(2)
                .jsonPath("$.filing.reportsReceived").isEqualTo(3)
                .jsonPath("$.filing.rate").isEqualTo(0.6667)
                .jsonPath("$.groups.length()").isEqualTo(1)
                .jsonPath("$.groups[0].code").isEqualTo(TEAM_WITH_PHONE)
                .jsonPath("$.groups[0].counts.cases").isEqualTo(2)
                .jsonPath("$.groups[0].counts.overdueBacklog").isEqualTo(1)
                .jsonPath("$.groups[0].rates.dispatchAccuracy").isEqualTo(0.5)
                .jsonPath("$.groups[0].rates.onTimeHandling").isEqualTo(1.0)
                .jsonPath("$.groups[0].rates.closure").isEqualTo(0.5)
                .jsonPath("$.groups[0].rates.rework").isEqualTo(0.5)
                .jsonPath("$.groups[0].rates.response").isEqualTo(0.5)
                .jsonPath("$.groups[0].rates.resolution").isEqualTo(0.5)
                .jsonPath("$.groups[0].rates.satisfaction").isEqualTo(1.0));
        http.get().uri("/api/v1/assessment?groupBy=street&" + PERIOD).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.groups[0].name").isEqualTo("建外街道")
                .jsonPath("$.groups[0].district").isEqualTo("朝阳区");

        gauges.refresh(Instant.parse("2026-11-20T00:00:00Z")).block();
        http.get().uri("/actuator/prometheus").exchange().expectBody(String.class).value(metrics -> assertThat(metrics)
                .contains("gridline_callbacks_total{", "result=\"basically_satisfied\"")
                .contains("gridline_assessment_on_time_rate{", "street=\"建外街道\""));
    }

    @Test
    void aCaseReopenedAfterAnUnsatisfiedCallBackRunsAFreshClockCountsAsReworkAndIsCalledBackAgain() {
        String caseNumber = CaseEventsFixture.aCaseNumber();
        onThe11th(EventTypes.CASE_OPENED, caseNumber, null);
        onThe11th(EventTypes.CASE_DISPATCHED, caseNumber, null);
        onThe11th(EventTypes.CASE_ACCEPTED, caseNumber, "2026-11-11T08:30:00Z");
        onThe11th(EventTypes.CASE_RESOLVED, caseNumber, "2026-11-11T10:00:00Z");
        onThe11th(EventTypes.CASE_VERIFIED, caseNumber, "2026-11-11T10:10:00Z");
        onThe11th(EventTypes.CASE_CLOSED, caseNumber, "2026-11-11T10:20:00Z");
        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/callbacks?state=OPEN&size=200").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.callbacks[?(@.caseNumber == '" + caseNumber + "')]").isNotEmpty());
        http.post().uri("/api/v1/callbacks/{n}/result", caseNumber).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("result", "UNSATISFIED", "comment", "井盖仍然松动", "operator", "12345-op-017"))
                .exchange().expectStatus().isOk();

        // Dispatch's answer to the unsatisfied call-back (its policy reopens the case).
        onThe11th(EventTypes.CASE_REOPENED, caseNumber, "2026-11-11T14:00:00Z");

        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/cases/{n}/deadline", caseNumber).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.running").isEqualTo(true)
                .jsonPath("$.dispatchedAt").isEqualTo("2026-11-11T14:00:00Z")
                .jsonPath("$.dueAt").isEqualTo("2026-11-16T16:00:00Z")
                .jsonPath("$.state").isEqualTo("OVERDUE")
                .jsonPath("$.stopReason").doesNotExist());
        http.get().uri("/api/v1/public/cases/{n}", caseNumber).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("REWORK")
                .jsonPath("$.statusText").isEqualTo("经回访重新办理中")
                .jsonPath("$.reopenedAt").isEqualTo("2026-11-11T14:00:00Z")
                .jsonPath("$.closedAt").doesNotExist();
        http.get().uri("/api/v1/assessment?groupBy=team&from=2026-11-11&to=2026-11-12").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.groups[0].counts.cases").isEqualTo(1)
                .jsonPath("$.groups[0].counts.reopenings").isEqualTo(1)
                .jsonPath("$.groups[0].rates.rework").isEqualTo(0.5)
                .jsonPath("$.groups[0].rates.closure").isEqualTo(0.0);

        onThe11th(EventTypes.CASE_RESOLVED, caseNumber, "2026-11-11T15:00:00Z");
        onThe11th(EventTypes.CASE_VERIFIED, caseNumber, "2026-11-11T15:10:00Z");
        onThe11th(EventTypes.CASE_CLOSED, caseNumber, "2026-11-11T15:20:00Z");
        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/callbacks?state=OPEN&size=200").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.callbacks[?(@.caseNumber == '" + caseNumber + "')].closedAt")
                .isEqualTo("2026-11-11T15:20:00Z"));
        http.post().uri("/api/v1/callbacks/{n}/result", caseNumber).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("result", "SATISFIED", "operator", "12345-op-018"))
                .exchange().expectStatus().isOk();
        await().atMost(WAIT).untilAsserted(() -> assertThat(topics.events(Topics.NOTIFICATIONS_EVENTS,
                        event -> caseNumber.equals(event.aggregateId()) && event.data() instanceof CallbackRecorded,
                        Duration.ofSeconds(1)))
                .as("the second call-back is an event of its own, not a duplicate of the first")
                .extracting(event -> ((CallbackRecorded) event.data()).result())
                .containsExactly(CallbackRecorded.Result.UNSATISFIED, CallbackRecorded.Result.SATISFIED));
    }

    @Test
    void aCitizenReadsTheStatusInPlainChineseWithoutAnyoneNamed() {
        String caseNumber = CaseEventsFixture.aCaseNumber();
        // On the samples' own day, so that this case stays out of the other test's assessed period.
        topics.send(Topics.CASES_EVENTS, caseNumber, CaseEventsFixture.aStep(EventTypes.CASE_OPENED, caseNumber,
                UUID.randomUUID().toString(), null), Map.of());
        topics.send(Topics.CASES_EVENTS, caseNumber, CaseEventsFixture.aStep(EventTypes.CASE_TRANSFERRED, caseNumber,
                UUID.randomUUID().toString(), Instant.parse("2026-11-23T08:16:00Z")), Map.of());

        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/public/cases/{n}", caseNumber).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("TRANSFERRED")
                .jsonPath("$.statusText").value(text -> assertThat((String) text).startsWith("已转交").endsWith("办理"))
                .jsonPath("$.street").isEqualTo("建外街道")
                .jsonPath("$.openedAt").isEqualTo("2026-11-23T08:15:30.250Z")
                .jsonPath("$.endedAt").isEqualTo("2026-11-23T08:16:00Z")
                .jsonPath("$.dueAt").doesNotExist());
        http.get().uri("/api/v1/public/cases/{n}", caseNumber).exchange().expectBody(String.class)
                .value(body -> assertThat(body).doesNotContain("member:", "reportId", "actor", "井盖破损"));
        http.get().uri("/api/v1/public/cases/{n}", "000000-00000").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/case-not-found");
    }

    @Test
    void badCallBackRequestsAreProblems() {
        http.post().uri("/api/v1/callbacks/{n}/result", "000000-00000").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("result", "SATISFIED", "operator", "12345-op-017"))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/callback-not-found");
        http.post().uri("/api/v1/callbacks/{n}/result", "000000-00000").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("result", "HAPPY"))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[*].field").isEqualTo(java.util.List.of("result"));
        http.post().uri("/api/v1/callbacks/{n}/result", "000000-00000").contentType(MediaType.APPLICATION_JSON)
                .headers(TestCallers.as("12345-op-017", List.of("OPERATIONS"), List.of("*")))
                .bodyValue(Map.of("result", "SATISFIED")).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build()
                .get().uri("/api/v1/callbacks").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/unauthenticated");
        http.get().uri("/api/v1/public/cases/{n}", "000000-00000")
                .headers(TestCallers.as("field-app", List.of("OFFICER"), List.of("110105"))).exchange()
                .expectStatus().isForbidden();
        http.get().uri("/api/v1/callbacks?size=0").exchange().expectStatus().isEqualTo(422);
        http.get().uri("/api/v1/assessment?groupBy=cell").exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("groupBy");
        http.get().uri("/api/v1/assessment?from=2026-11-10&to=yesterday").exchange().expectStatus().isEqualTo(422);
        http.get().uri("/api/v1/assessment?to=-1000000000-01-01T00:00:00Z").exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
        http.get().uri("/api/v1/assessment?from=2026-11-01&to={to}", "+300000000-01-01T00:00:00Z").exchange()
                .expectStatus().isEqualTo(422);
    }

    private void step(EventType<?> type, String caseNumber, String at, String... replacements) {
        String[] all = new String[ON_THE_10TH.length + replacements.length];
        System.arraycopy(replacements, 0, all, 0, replacements.length);
        System.arraycopy(ON_THE_10TH, 0, all, replacements.length, ON_THE_10TH.length);
        topics.send(Topics.CASES_EVENTS, caseNumber, CaseEventsFixture.aStep(type, caseNumber,
                UUID.randomUUID().toString(), at == null ? null : Instant.parse(at), all), Map.of());
    }

    private void onThe11th(EventType<?> type, String caseNumber, String at) {
        topics.send(Topics.CASES_EVENTS, caseNumber, CaseEventsFixture.aStep(type, caseNumber,
                UUID.randomUUID().toString(), at == null ? null : Instant.parse(at), ON_THE_11TH), Map.of());
    }

    private void reportReceived() {
        String reportId = UUID.randomUUID().toString();
        String sample = new String(GoldenSamples.sample(EventTypes.REPORT_RECEIVED), StandardCharsets.UTF_8)
                .replace("3f1c2a9e-5b7d-4c11-9a0e-2d6f8b1c7e41", reportId)
                .replace("9b2e4f61-0c3a-4d5e-8f71-6a2b9c0d1e23", UUID.randomUUID().toString())
                .replace("2026-11-23T08:15:30", "2026-11-10T08:15:30");
        topics.send(Topics.REPORTS_RECEIVED, reportId, sample.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
