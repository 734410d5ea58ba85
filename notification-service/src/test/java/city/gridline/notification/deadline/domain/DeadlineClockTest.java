package city.gridline.notification.deadline.domain;

import city.gridline.contracts.TimeLimit;
import city.gridline.notification.calendar.domain.CalendarFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineClockTest {

    private final DeadlineClock clock = new DeadlineClock(CalendarFixture.aBundledCalendar(), ZoneId.of("Asia/Shanghai"));

    @Test
    void threeWorkingDaysFromTheEveOfNationalDay2026EndAtMidnightAfterTheAdjustedSaturday() {
        // Dispatched Wednesday 2026-09-30; that day never counts. 10-01..10-07 are holidays, so the working days
        // are 10-08 (Thu), 10-09 (Fri) and 10-10 (Sat, 调休). The limit ends at 24:00 of 10-10.
        Instant due = clock.dueAt(beijing("2026-09-30T10:00"), TimeLimit.workingDays(3));

        assertThat(due).isEqualTo(beijing("2026-10-11T00:00"));
    }

    @Test
    void aDispatchLateAtNightStillCountsFromTheNextDay() {
        Instant due = clock.dueAt(beijing("2026-11-23T23:59"), TimeLimit.workingDays(1));

        assertThat(due).isEqualTo(beijing("2026-11-25T00:00"));
    }

    @Test
    void hoursRunStraightThroughAHoliday() {
        Instant due = clock.dueAt(beijing("2026-10-01T09:00"), TimeLimit.hours(48));

        assertThat(due).isEqualTo(beijing("2026-10-03T09:00"));
    }

    @Test
    void workingDaysSkipTheWeekend() {
        // Friday 2026-11-20: Saturday and Sunday rest, Monday 11-23 and Tuesday 11-24 count.
        Instant due = clock.dueAt(beijing("2026-11-20T15:00"), TimeLimit.workingDays(2));

        assertThat(due).isEqualTo(beijing("2026-11-25T00:00"));
    }

    @Test
    void anAdjustedSundayIsAWorkingDayOfTheLimit() {
        // Friday 2026-09-18: Saturday 09-19 rests, Sunday 09-20 is worked (调休), so one working day ends with it.
        Instant due = clock.dueAt(beijing("2026-09-18T11:00"), TimeLimit.workingDays(1));

        assertThat(due).isEqualTo(beijing("2026-09-21T00:00"));
    }

    @Test
    void aWorkingDayExtensionCountsFromTheLastDayOfTheCurrentLimit() {
        // The limit ends at 24:00 of Saturday 10-10; Sunday 10-11 rests, Monday 10-12 and Tuesday 10-13 count.
        Instant extended = clock.extended(beijing("2026-10-11T00:00"), TimeLimit.workingDays(2));

        assertThat(extended).isEqualTo(beijing("2026-10-14T00:00"));
    }

    @Test
    void anHoursExtensionAddsWallClockHours() {
        assertThat(clock.extended(beijing("2026-10-03T09:00"), TimeLimit.hours(6))).isEqualTo(beijing("2026-10-03T15:00"));
    }

    static Instant beijing(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }
}
