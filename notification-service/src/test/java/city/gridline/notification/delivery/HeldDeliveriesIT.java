package city.gridline.notification.delivery;

import city.gridline.notification.CaseEventsFixture;
import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.notification.delivery.adapter.mongo.MongoNotificationStore;
import city.gridline.notification.delivery.application.ChannelSender;
import city.gridline.notification.delivery.application.Deliveries;
import city.gridline.notification.delivery.application.PushPresence;
import city.gridline.notification.delivery.application.DeliveryMetrics;
import city.gridline.notification.delivery.application.DeliveryPolicy;
import city.gridline.notification.delivery.application.NewNotification;
import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.QuietHours;
import city.gridline.notification.delivery.domain.Recipient;
import city.gridline.notification.delivery.domain.RenderedMessage;
import city.gridline.testkit.TestCallers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deliveries held, as after a restore of the database: this service's own store and channels, with a
 * {@link Deliveries} that holds (the context's own does not, so the other tests' messages go out as usual).
 */
class HeldDeliveriesIT extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;

    @Autowired
    MongoNotificationStore store;

    @Autowired
    List<ChannelSender> senders;

    @Autowired
    Clock clock;

    @Test
    void heldNotificationsGoOutOnlyWhenTheCommandCentreReleasesThemAndADiscardedOneNever() {
        Deliveries holding = new Deliveries(store, senders,
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), ZoneId.of("Asia/Shanghai")),
                new DeliveryPolicy(5, Duration.ofMinutes(5), Duration.ofMinutes(2), 50, 4, true),
                new DeliveryMetrics(new SimpleMeterRegistry()), PushPresence.NONE, clock);
        String caseNumber = CaseEventsFixture.aCaseNumber();
        List<String> ids = Stream.generate(() -> UUID.randomUUID().toString()).limit(3).toList();
        ids.forEach(id -> holding.submit(new NewNotification(id, Channel.SMS, Recipient.team(TEAM_WITH_PHONE,
                TEAM_PHONE), new RenderedMessage("case-dispatched-team", "【城管】新案件" + caseNumber), caseNumber,
                false)).block());

        http.get().uri("/api/v1/notifications?state=HELD&caseNumber={n}", caseNumber).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.notifications.length()").isEqualTo(3);
        http.get().uri("/api/v1/notifications?state=HELD&caseNumber={n}&limit=2&page=1", caseNumber).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.notifications.length()").isEqualTo(1);
        http.post().uri("/api/v1/notifications/held/release")
                .headers(TestCallers.as("ops-1", List.of("OPERATIONS"), List.of("*"))).exchange()
                .expectStatus().isForbidden();
        http.post().uri("/api/v1/notifications/{id}/discard", ids.get(0)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.state").isEqualTo("DISCARDED")
                .jsonPath("$.failure").value(reason -> assertThat((String) reason).startsWith("discarded by "));
        http.post().uri("/api/v1/notifications/{id}/discard", ids.get(0)).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/notification-not-discardable");

        http.post().uri("/api/v1/notifications/held/release").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.count").isEqualTo(2);

        await().atMost(WAIT).untilAsserted(() -> http.get()
                .uri("/api/v1/notifications?state=SENT&caseNumber={n}", caseNumber).exchange()
                .expectBody().jsonPath("$.notifications[*].id").value(sent -> assertThat(sent)
                        .asInstanceOf(InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder(ids.get(1), ids.get(2))));
        assertThat(SMS_GATEWAY.requestsFor(ids.get(1))).hasSize(1);
        assertThat(SMS_GATEWAY.requestsFor(ids.get(2))).hasSize(1);
        assertThat(SMS_GATEWAY.requestsFor(ids.get(0))).as("discarded").isEmpty();
        http.get().uri("/api/v1/notifications/{id}", ids.get(0)).exchange()
                .expectBody().jsonPath("$.state").isEqualTo("DISCARDED");
        http.post().uri("/api/v1/notifications/held/discard").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.count").isEqualTo(0);
    }
}
