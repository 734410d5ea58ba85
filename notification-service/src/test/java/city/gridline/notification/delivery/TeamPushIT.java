package city.gridline.notification.delivery;

import city.gridline.contracts.Topics;
import city.gridline.notification.CaseEventsFixture;
import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TeamPushIT extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());

    @Test
    void aTeamOnTheAppGetsItsDispatchPushedToTheConnectedDevice() {
        String caseNumber = CaseEventsFixture.aCaseNumber();
        Flux<ServerSentEvent<String>> stream = http.get().uri("/api/v1/push/teams/{t}", TEAM_ON_THE_APP)
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
}
