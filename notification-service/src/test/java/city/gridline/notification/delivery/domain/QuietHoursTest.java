package city.gridline.notification.delivery.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {

    private final QuietHours quietHours = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), ZoneId.of("Asia/Shanghai"));

    @Test
    void anSmsToACitizenLateAtNightWaitsUntilEightTheNextMorning() {
        assertThat(quietHours.earliestDelivery(beijing("2026-11-23T22:30"))).isEqualTo(beijing("2026-11-24T08:00"));
        assertThat(quietHours.earliestDelivery(beijing("2026-11-23T22:00"))).isEqualTo(beijing("2026-11-24T08:00"));
    }

    @Test
    void anSmsToACitizenBeforeEightWaitsUntilEightTheSameMorning() {
        assertThat(quietHours.earliestDelivery(beijing("2026-11-24T03:15"))).isEqualTo(beijing("2026-11-24T08:00"));
    }

    @Test
    void daytimeIsNotQuiet() {
        assertThat(quietHours.earliestDelivery(beijing("2026-11-24T08:00"))).isEqualTo(beijing("2026-11-24T08:00"));
        assertThat(quietHours.earliestDelivery(beijing("2026-11-24T21:59"))).isEqualTo(beijing("2026-11-24T21:59"));
    }

    @Test
    void onlyNonEmergencySmsToCitizensIsHeldBack() {
        Instant night = beijing("2026-11-23T23:00");

        assertThat(quietHours.earliestDelivery(NotificationFixture.aPendingCitizenSms(night, false), night))
                .isEqualTo(beijing("2026-11-24T08:00"));
        assertThat(quietHours.earliestDelivery(NotificationFixture.aPendingCitizenSms(night, true), night)).isEqualTo(night);
        assertThat(quietHours.earliestDelivery(NotificationFixture.aPendingTeamSms(night), night)).isEqualTo(night);
    }

    @Test
    void aWindowWithinOneDayWorksToo() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0), ZoneId.of("Asia/Shanghai"));

        assertThat(lunch.earliestDelivery(beijing("2026-11-24T12:30"))).isEqualTo(beijing("2026-11-24T14:00"));
        assertThat(lunch.earliestDelivery(beijing("2026-11-24T23:00"))).isEqualTo(beijing("2026-11-24T23:00"));
    }

    private static Instant beijing(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }
}
