package city.gridline.notification.delivery;

import city.gridline.contracts.Topics;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.TeamRosterChanged;
import city.gridline.notification.CaseEventsFixture;
import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.notification.staffing.application.StaffingRegister;
import city.gridline.testkit.TestCallers;
import city.gridline.testkit.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TeamPushIT extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String STREET = "110105001";

    @Autowired
    WebTestClient http;

    @Autowired
    EventCodec codec;

    @Autowired
    StaffingRegister register;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());

    /** The team's roster, as dispatch announces it: stationed in street 110105001 (朝外街道). */
    @BeforeEach
    void theTeamsRosterIsKnown() {
        EventEnvelope<?> roster = EventEnvelope.wrap(new TeamRosterChanged(TEAM_ON_THE_APP, "南郎家园综合执法组",
                        "GRID_GROUP", "110105", STREET, true, new TeamRosterChanged.Members(2, 4, 1, 0, 0),
                        Instant.parse("2026-11-01T00:00:00Z")), UUID.randomUUID().toString(),
                Instant.parse("2026-11-01T00:00:00Z"), "trace-push", "/gridline/tests");
        topics.send(Topics.TEAMS_ROSTERS, roster.aggregateId(), codec.encode(roster), Map.of());
        await().atMost(WAIT).untilAsserted(() -> assertThat(register.team(TEAM_ON_THE_APP).block()).isNotNull());
    }

    @Test
    void aTeamOnTheAppGetsItsDispatchPushedToTheConnectedDevice() {
        String caseNumber = CaseEventsFixture.aCaseNumber();
        Flux<ServerSentEvent<String>> stream = http.get().uri("/api/v1/push/teams/{t}", TEAM_ON_THE_APP)
                .headers(TestCallers.as("officer-1", List.of("OFFICER"), List.of(STREET)))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                })
                .getResponseBody();

        StepVerifier.create(stream)
                .expectNextMatches(event -> "connected".equals(event.event()))
                .then(() -> topics.send(Topics.CASES_EVENTS, caseNumber, CaseEventsFixture.aDispatch(caseNumber,
                        UUID.randomUUID().toString(), TEAM_ON_THE_APP), Map.of()))
                .thenConsumeWhile(event -> event.event() == null)
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("case-dispatched-team");
                    assertThat(event.data()).contains(caseNumber, "已派遣至南郎家园综合执法组");
                })
                .thenCancel()
                .verify(WAIT);

        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/api/v1/notifications?caseNumber={n}", caseNumber)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.notifications.length()").isEqualTo(1)
                .jsonPath("$.notifications[0].channel").isEqualTo("TEAM_PUSH")
                .jsonPath("$.notifications[0].state").isEqualTo("SENT"));
    }

    @Test
    void aCallerFromAnotherStreetMayNotFollowTheTeam() {
        http.get().uri("/api/v1/push/teams/{t}", TEAM_ON_THE_APP)
                .headers(TestCallers.as("officer-2", List.of("OFFICER"), List.of("110105002")))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/forbidden");
    }

    @Test
    void aTeamWithNoRosterIsNotFound() {
        http.get().uri("/api/v1/push/teams/{t}", "T110105999999")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/team-not-found");
    }
}
