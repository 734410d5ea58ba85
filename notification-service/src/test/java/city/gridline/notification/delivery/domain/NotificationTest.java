package city.gridline.notification.delivery.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void aFailedRoundLeavesItFailedUntilTheNextRoundAndTheLastRoundMakesItDead() {
        Notification pending = NotificationFixture.aPendingTeamSms(NOW);
        List<DeliveryAttempt> tries = List.of(DeliveryAttempt.failed(NOW, 1, "503"), DeliveryAttempt.failed(NOW, 1, "503"));

        Notification failed = pending.failed(tries, "503", NOW, 2, Duration.ofMinutes(5));

        assertThat(failed.state()).isEqualTo(NotificationState.FAILED);
        assertThat(failed.rounds()).isEqualTo(1);
        assertThat(failed.failure()).isEqualTo("503");
        assertThat(failed.isDueAt(NOW.plus(Duration.ofMinutes(4)))).isFalse();
        assertThat(failed.isDueAt(NOW.plus(Duration.ofMinutes(5)))).isTrue();

        Notification dead = failed.failed(List.of(DeliveryAttempt.failed(NOW, 2, "circuit open")), "circuit open",
                NOW.plus(Duration.ofMinutes(5)), 2, Duration.ofMinutes(5));

        assertThat(dead.state()).isEqualTo(NotificationState.DEAD);
        assertThat(dead.failure()).isEqualTo("gave up after 2 delivery round(s); last: circuit open");
        assertThat(dead.attempts()).hasSize(3).extracting(DeliveryAttempt::round).containsExactly(1, 1, 2);
        assertThat(dead.isDueAt(NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void aRejectionIsDeadAtOnce() {
        Notification rejected = NotificationFixture.aPendingTeamSms(NOW)
                .rejected(List.of(DeliveryAttempt.failed(NOW, 1, "400 bad number")), "400 bad number");

        assertThat(rejected.state()).isEqualTo(NotificationState.DEAD);
        assertThat(rejected.failure()).isEqualTo("rejected by the channel: 400 bad number");
    }

    @Test
    void aResentDeadNotificationIsPendingWithAFreshBudgetAndKeepsItsHistory() {
        Notification dead = NotificationFixture.aPendingTeamSms(NOW)
                .failed(List.of(DeliveryAttempt.failed(NOW, 1, "503")), "503", NOW, 1, Duration.ofMinutes(5));
        Instant later = NOW.plus(Duration.ofHours(1));

        Notification resent = dead.resent(later);

        assertThat(resent.state()).isEqualTo(NotificationState.PENDING);
        assertThat(resent.rounds()).isZero();
        assertThat(resent.attempts()).hasSize(1);
        assertThat(resent.isDueAt(later)).isTrue();
    }

    @Test
    void aSentNotificationIsNeverResent() {
        Notification sent = NotificationFixture.aPendingTeamSms(NOW).delivered(List.of(DeliveryAttempt.succeeded(NOW, 1)));

        assertThat(sent.state()).isEqualTo(NotificationState.SENT);
        assertThatThrownBy(() -> sent.resent(NOW)).isInstanceOf(NotificationAlreadySentException.class);
    }
}
