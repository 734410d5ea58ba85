package city.gridline.notification.followup;

import city.gridline.contracts.Topics;
import city.gridline.contracts.event.EventType;
import city.gridline.contracts.event.EventTypes;
import city.gridline.notification.CaseEventsFixture;
import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.testkit.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DispatchFollowUpIT extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;

    @Autowired
    MeterRegistry registry;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());

    @Test
    void aDispatchStartsTheCasesDeadlineAndTextsTheTeam() {
        String caseNumber = CaseEventsFixture.aCaseNumber();
        String eventId = UUID.randomUUID().toString();

        dispatch(caseNumber, eventId, TEAM_WITH_PHONE);
        dispatch(caseNumber, eventId, TEAM_WITH_PHONE);

        // Dispatched Monday 2026-11-23 16:15:30.251 Beijing time with the sample's limit of 6 hours: due 22:15:30.251
        // Beijing time; 80 % of it (4 h 48 min) is used at 21:03:30.251, cut to the second.
        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/cases/{n}/deadline", caseNumber).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.caseNumber").isEqualTo(caseNumber)
                .jsonPath("$.dispatchedAt").value(instant("2026-11-23T08:15:30.251Z"))
                .jsonPath("$.limit.amount").isEqualTo(6)
                .jsonPath("$.limit.unit").isEqualTo("HOURS")
                .jsonPath("$.dueAt").value(instant("2026-11-23T14:15:30.251Z"))
                .jsonPath("$.warningAt").value(instant("2026-11-23T13:03:30Z"))
                .jsonPath("$.state").value(state -> assertThat((String) state).isIn("ON_TIME", "WARNING", "OVERDUE")));

        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/notifications?caseNumber={n}", caseNumber)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.notifications.length()").isEqualTo(1)
                .jsonPath("$.notifications[0].state").isEqualTo("SENT")
                .jsonPath("$.notifications[0].channel").isEqualTo("SMS")
                .jsonPath("$.notifications[0].recipient.id").isEqualTo(TEAM_WITH_PHONE)
                .jsonPath("$.notifications[0].recipient.address").isEqualTo("138****8000")
                .jsonPath("$.notifications[0].text")
                .isEqualTo("【城管】新案件" + caseNumber + "已派遣至南郎家园综合执法组，请于11月23日22:15前处置完毕并反馈。"));
        assertThat(SMS_GATEWAY.requests()).anySatisfy(body -> assertThat(body)
                .contains("\"to\":\"" + TEAM_PHONE + "\"", caseNumber));
    }

    @Test
    void aTeamWithoutAPhoneGetsItsDeadlineButNoSms() {
        String caseNumber = CaseEventsFixture.aCaseNumber();
        double skippedBefore = skipped();

        dispatch(caseNumber, UUID.randomUUID().toString(), "T110105999999");

        await().atMost(WAIT).until(() -> skipped() > skippedBefore);
        http.get().uri("/api/v1/cases/{n}/deadline", caseNumber).exchange().expectStatus().isOk();
        http.get().uri("/api/v1/notifications?caseNumber={n}", caseNumber).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.notifications.length()").isEqualTo(0);
    }

    /** Found in review: a dispatch replayed from the dead-letter topic started an overdue clock for a closed case. */
    @Test
    void aDispatchReadAfterItsCaseClosedStartsNoClockAndTextsNoTeam() {
        String caseNumber = CaseEventsFixture.aCaseNumber();
        step(EventTypes.CASE_OPENED, caseNumber);
        step(EventTypes.CASE_CLOSED, caseNumber);
        dispatch(caseNumber, UUID.randomUUID().toString(), TEAM_WITH_PHONE);
        // read after the dispatch on the case's partition: once it is in the timeline, the dispatch was followed up
        step(EventTypes.CASE_CHASED, caseNumber);
        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/cases/{n}/timeline", caseNumber).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.entries[?(@.type == '" + EventTypes.CASE_CHASED.wireType() + "')]")
                .exists());

        http.get().uri("/api/v1/cases/{n}/deadline", caseNumber).exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/notifications?caseNumber={n}", caseNumber).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.notifications.length()").isEqualTo(0);
    }

    @Test
    void aCaseNeverDispatchedHasNoDeadline() {
        http.get().uri("/api/v1/cases/{n}/deadline", "000000-00000").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/deadline-not-found");
    }

    private static Consumer<Object> instant(String expected) {
        return actual -> assertThat(Instant.parse((String) actual)).isEqualTo(Instant.parse(expected));
    }

    private double skipped() {
        return registry.get("gridline.notifications.skipped").counter().count();
    }

    private void step(EventType<?> type, String caseNumber) {
        topics.send(Topics.CASES_EVENTS, caseNumber,
                CaseEventsFixture.aStep(type, caseNumber, UUID.randomUUID().toString(), null), Map.of());
    }

    private void dispatch(String caseNumber, String eventId, String teamId) {
        topics.send(Topics.CASES_EVENTS, caseNumber, CaseEventsFixture.aDispatch(caseNumber, eventId, teamId), Map.of());
    }
}
