package city.gridline.notification.delivery.application;

import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.DeliveryAttempt;
import city.gridline.notification.delivery.domain.Notification;
import city.gridline.notification.delivery.domain.NotificationNotDiscardableException;
import city.gridline.notification.delivery.domain.NotificationState;
import city.gridline.notification.delivery.domain.QuietHours;
import city.gridline.notification.delivery.domain.Recipient;
import city.gridline.notification.delivery.domain.RenderedMessage;
import city.gridline.testkit.MovableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveriesTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Instant NOON = Instant.parse("2026-11-23T04:00:00Z");

    private final InMemoryNotificationStore store = new InMemoryNotificationStore();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    /** For a second {@link Deliveries} on the same store: a registry keeps the gauges of the first that registers. */
    private final SimpleMeterRegistry heldRegistry = new SimpleMeterRegistry();
    private final ScriptedSms sms = new ScriptedSms();
    private final MovableClock clock = new MovableClock(NOON);

    private final Deliveries deliveries = new Deliveries(store, List.of(sms),
            new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), BEIJING),
            new DeliveryPolicy(2, Duration.ofMinutes(5), Duration.ofMinutes(1), 10, 2, false),
            new DeliveryMetrics(registry), PushPresence.NONE, clock);

    @Test
    void aDeliveredNotificationIsSentWithItsTryAndCounted() {
        Notification created = deliveries.submit(teamSms("n-1")).block();

        assertThat(deliveries.deliverDue().block()).isEqualTo(1);

        Notification sent = deliveries.find(created.id()).block();
        assertThat(sent.state()).isEqualTo(NotificationState.SENT);
        assertThat(sent.attempts()).singleElement().satisfies(attempt -> assertThat(attempt.succeeded()).isTrue());
        assertThat(registry.get("gridline.deliveries").tag("channel", "sms").tag("state", "sent").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("gridline.notifications").tag("state", "sent").gauge().value()).isEqualTo(1);
        assertThat(deliveries.deliverDue().block()).as("nothing left to do").isZero();
    }

    @Test
    void failedRoundsEndDeadWithEveryTryAndTheReasonKept() {
        sms.failing("SMS gateway answered 503 Service Unavailable", 3);
        Notification created = deliveries.submit(teamSms("n-2")).block();

        deliveries.deliverDue().block();
        Notification failed = deliveries.find(created.id()).block();
        assertThat(failed.state()).isEqualTo(NotificationState.FAILED);
        assertThat(failed.attempts()).hasSize(3);
        assertThat(deliveries.deliverDue().block()).as("the next round waits for the back-off").isZero();

        clock.advance(Duration.ofMinutes(5));
        deliveries.deliverDue().block();

        Notification dead = deliveries.find(created.id()).block();
        assertThat(dead.state()).isEqualTo(NotificationState.DEAD);
        assertThat(dead.failure()).isEqualTo("gave up after 2 delivery round(s); last: SMS gateway answered 503 Service Unavailable");
        assertThat(dead.attempts()).extracting(DeliveryAttempt::round).containsExactly(1, 1, 1, 2, 2, 2);
        assertThat(deliveries.search(NotificationState.DEAD, null, 0, 10).map(Notification::id).collectList().block())
                .containsExactly(created.id());
    }

    @Test
    void aRoundThatNeverReachesTheChannelStillLeavesAnAttemptWithTheReason() {
        Notification created = deliveries.submit(new NewNotification("n-3", Channel.EMAIL,
                Recipient.team("T1", "team@example.org"), new RenderedMessage("k", "text"), "261123-00042", false)).block();

        deliveries.deliverDue().block();

        Notification failed = deliveries.find(created.id()).block();
        assertThat(failed.state()).isEqualTo(NotificationState.FAILED);
        assertThat(failed.attempts()).singleElement()
                .satisfies(attempt -> assertThat(attempt.failure()).isEqualTo("no sender for channel EMAIL is configured"));
    }

    @Test
    void aRejectedMessageIsDeadAfterOneRound() {
        sms.rejecting("SMS gateway answered 400 Bad Request: unknown number");
        Notification created = deliveries.submit(teamSms("n-4")).block();

        deliveries.deliverDue().block();

        assertThat(deliveries.find(created.id()).block().state()).isEqualTo(NotificationState.DEAD);
        assertThat(registry.get("gridline.deliveries").tag("channel", "sms").tag("state", "dead").counter().count())
                .isEqualTo(1);
    }

    @Test
    void aCitizenSmsFiledAtNightIsQueuedUntilEight() {
        clock.set(Instant.parse("2026-11-23T15:30:00Z")); // 23:30 in Beijing
        Notification queued = deliveries.submit(new NewNotification("n-5", Channel.SMS,
                Recipient.citizen("report-1", "13912345678"), new RenderedMessage("k", "text"), "261123-00042", false)).block();

        assertThat(queued.state()).isEqualTo(NotificationState.PENDING);
        assertThat(queued.notBefore()).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
        assertThat(deliveries.deliverDue().block()).isZero();

        clock.set(Instant.parse("2026-11-24T00:00:00Z"));
        deliveries.deliverDue().block();
        assertThat(deliveries.find("n-5").block().state()).isEqualTo(NotificationState.SENT);
    }

    @Test
    void aResentDeadNotificationIsDeliveredAgain() {
        sms.rejecting("SMS gateway answered 400 Bad Request");
        deliveries.submit(teamSms("n-6")).block();
        deliveries.deliverDue().block();
        sms.healthy();

        Notification resent = deliveries.resend("n-6").block();
        assertThat(resent.state()).isEqualTo(NotificationState.PENDING);
        deliveries.deliverDue().block();

        assertThat(deliveries.find("n-6").block().state()).isEqualTo(NotificationState.SENT);
        assertThat(sms.delivered).containsExactly("n-6");
    }

    @Test
    void aNotificationARoundHoldsIsNotResentBesideIt() {
        deliveries.submit(teamSms("n-12")).block();
        Notification claimed = store.claimNextDue(NOON, NOON.plus(Duration.ofMinutes(1)), Set.of()).block();
        assertThat(claimed.id()).isEqualTo("n-12");

        assertThatThrownBy(() -> deliveries.resend("n-12").block())
                .isInstanceOf(ConcurrentNotificationUpdateException.class);

        clock.advance(Duration.ofMinutes(2));
        assertThat(deliveries.resend("n-12").block().state()).as("once the claim ran out")
                .isEqualTo(NotificationState.PENDING);
    }

    @Test
    void submittingTheSameNotificationTwiceStoresItOnce() {
        deliveries.submit(teamSms("n-7")).block();
        deliveries.submit(teamSms("n-7")).block();

        assertThat(deliveries.search(null, "261123-00042", 0, 10).collectList().block()).hasSize(1);
    }

    @Test
    void whileDeliveriesAreHeldNothingIsSentUntilReleasedAndWhatIsDiscardedNeverGoesOut() {
        Deliveries holding = holdingDeliveries();
        holding.submit(teamSms("n-8")).block();
        holding.submit(teamSms("n-9")).block();
        holding.submit(teamSms("n-10")).block();

        assertThat(holding.deliverDue().block()).as("held, not due").isZero();
        assertThat(holding.discard("n-8", "discarded by command-1").block().state())
                .isEqualTo(NotificationState.DISCARDED);
        assertThat(holding.discardHeld("discarded by command-1").block()).isEqualTo(2);
        assertThat(holding.releaseHeld().block()).as("none left held").isZero();
        holding.resend("n-9").block();
        holding.deliverDue().block();

        assertThat(sms.delivered).as("only the one re-sent").containsExactly("n-9");
        assertThat(holding.find("n-10").block()).satisfies(discarded -> {
            assertThat(discarded.state()).isEqualTo(NotificationState.DISCARDED);
            assertThat(discarded.failure()).isEqualTo("discarded by command-1");
        });
        assertThat(heldRegistry.get("gridline.notifications").tag("state", "discarded").gauge().value()).isEqualTo(2);
    }

    @Test
    void releasingHeldNotificationsSendsEachOnceAndKeepsQuietHoursForCitizens() {
        Deliveries holding = holdingDeliveries();
        holding.submit(teamSms("n-11")).block();
        holding.submit(new NewNotification("n-12", Channel.SMS, Recipient.citizen("report-1", "13912345678"),
                new RenderedMessage("k", "text"), "261123-00042", false)).block();
        clock.set(Instant.parse("2026-11-23T15:30:00Z")); // 23:30 in Beijing

        assertThat(holding.releaseHeld().block()).isEqualTo(2);
        holding.deliverDue().block();
        assertThat(sms.delivered).as("the citizen waits for the morning").containsExactly("n-11");
        clock.set(Instant.parse("2026-11-24T00:00:00Z"));
        holding.deliverDue().block();

        assertThat(sms.delivered).containsExactly("n-11", "n-12");
        assertThat(holding.releaseHeld().block()).isZero();
    }

    @Test
    void onlyAHeldOrDeadNotificationCanBeDiscarded() {
        deliveries.submit(teamSms("n-13")).block();

        assertThatThrownBy(() -> deliveries.discard("n-13", "discarded by command-1").block())
                .isInstanceOf(NotificationNotDiscardableException.class).hasMessageContaining("PENDING");
        sms.rejecting("SMS gateway answered 400 Bad Request: unknown number");
        deliveries.deliverDue().block();
        assertThat(deliveries.discard("n-13", "discarded by command-1").block().state())
                .isEqualTo(NotificationState.DISCARDED);
        deliveries.deliverDue().block();
        assertThat(registry.get("gridline.notifications").tag("state", "dead").gauge().value())
                .as("the dead-letter alert clears").isZero();
    }

    /** Deliveries held, on the same store and channel as {@link #deliveries}. */
    private Deliveries holdingDeliveries() {
        return new Deliveries(store, List.of(sms), new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), BEIJING),
                new DeliveryPolicy(2, Duration.ofMinutes(5), Duration.ofMinutes(1), 10, 2, true),
                new DeliveryMetrics(heldRegistry), PushPresence.NONE, clock);
    }

    private static NewNotification teamSms(String id) {
        return new NewNotification(id, Channel.SMS, Recipient.team("T110105001024", "13800138000"),
                new RenderedMessage("case-dispatched-team", "【城管】新案件261123-00042"), "261123-00042", false);
    }

    /** An SMS channel that fails each round's tries, rejects, or delivers, as the test says. */
    private static final class ScriptedSms implements ChannelSender {

        private final List<String> delivered = new ArrayList<>();
        private String failure;
        private int triesPerRound;
        private String rejection;

        void failing(String reason, int tries) {
            failure = reason;
            triesPerRound = tries;
        }

        void rejecting(String reason) {
            rejection = reason;
        }

        void healthy() {
            failure = null;
            rejection = null;
        }

        @Override
        public Channel channel() {
            return Channel.SMS;
        }

        @Override
        public Mono<Void> send(Notification notification, Consumer<String> tries) {
            if (rejection != null) {
                tries.accept(rejection);
                return Mono.error(new DeliveryRejectedException(rejection));
            }
            if (failure != null) {
                for (int i = 0; i < triesPerRound; i++) {
                    tries.accept(failure);
                }
                return Mono.error(new IllegalStateException(failure));
            }
            tries.accept(null);
            delivered.add(notification.id());
            return Mono.empty();
        }
    }
}
