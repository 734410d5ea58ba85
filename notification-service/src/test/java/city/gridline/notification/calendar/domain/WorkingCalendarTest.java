package city.gridline.notification.calendar.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = CalendarFixture.aBundledCalendar();

    @Test
    void weekdaysWorkAndWeekendsRestWhenNotListed() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 20))).as("Friday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 22))).as("Sunday").isFalse();
    }

    @Test
    void listedHolidaysRestAndAdjustedWeekendDaysWork() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).as("National Day, a Thursday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).as("National Day holiday, a Wednesday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("adjusted working Sunday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("adjusted working Saturday").isTrue();
    }

    @Test
    void threeWorkingDaysAfterTheLastDayOfSeptember2026EndOnTheAdjustedSaturday() {
        // 2026-09-30 is a Wednesday. The bundled list has 10-01..10-07 (Thu..Wed) as holidays and 10-10 (Sat) as a
        // worked day (调休). So: 1st = 10-08 (Thu), 2nd = 10-09 (Fri), 3rd = 10-10 (Sat).
        assertThat(calendar.nthWorkingDayAfter(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void anAdjustedSundayCountsAsAWorkingDay() {
        // 2026-09-18 is a Friday; Saturday 09-19 rests, Sunday 09-20 is worked (调休 for National Day).
        assertThat(calendar.nthWorkingDayAfter(LocalDate.of(2026, 9, 18), 1)).isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void weekendsAreSkipped() {
        assertThat(calendar.nthWorkingDayAfter(LocalDate.of(2026, 11, 20), 2)).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void aLaterListOverridesAnEarlierOneDateByDate() {
        Map<LocalDate, DayKind> nextYearsNotice = HolidayList.parse("extra", List.of(
                "# the 2027 notice, added without a release",
                "2027-01-01,holiday,元旦,\"New Year's Day\"",
                "2026-10-10,holiday,国庆节,\"National Day\""));

        WorkingCalendar extended = WorkingCalendar.of(HolidayList.parse("bundled", CalendarFixture.bundledLines()),
                nextYearsNotice);

        assertThat(extended.isWorkingDay(LocalDate.of(2027, 1, 1))).as("a Friday, now a holiday").isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2026, 10, 10))).as("overridden").isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2026, 9, 20))).as("untouched").isTrue();
    }

    @Test
    void theListsSpeakUntilTheEndOfTheLatestYearTheyName() {
        Map<LocalDate, DayKind> nextYearsNotice = HolidayList.parse("extra", List.of("2027-02-06,workday,春节,\"Spring Festival\""));

        assertThat(calendar.listedUntil()).contains(LocalDate.of(2026, 12, 31));
        assertThat(WorkingCalendar.of(HolidayList.parse("bundled", CalendarFixture.bundledLines()), nextYearsNotice)
                .listedUntil()).contains(LocalDate.of(2027, 12, 31));
        assertThat(WorkingCalendar.of().listedUntil()).isEmpty();
    }

    @Test
    void theFingerprintFollowsTheDatesListedNotTheFilesTheyCameFrom() {
        Map<LocalDate, DayKind> bundled = HolidayList.parse("bundled", CalendarFixture.bundledLines());
        Map<LocalDate, DayKind> oneMoreHoliday = HolidayList.parse("extra", List.of("2027-01-01,holiday,元旦,\"New Year's Day\""));
        Map<LocalDate, DayKind> aDateListedAgain = HolidayList.parse("extra", List.of("2026-10-01,holiday,国庆节,\"National Day\""));

        assertThat(WorkingCalendar.of(bundled, aDateListedAgain).fingerprint()).isEqualTo(calendar.fingerprint());
        assertThat(WorkingCalendar.of(bundled, oneMoreHoliday).fingerprint()).isNotEqualTo(calendar.fingerprint());
        assertThat(WorkingCalendar.of(bundled, Map.of(LocalDate.of(2026, 10, 1), DayKind.WORKDAY)).fingerprint())
                .as("a date's kind changed").isNotEqualTo(calendar.fingerprint());
    }

    @Test
    void theBundledListCoversEveryYearFrom2004To2026() {
        Map<LocalDate, DayKind> bundled = HolidayList.parse("bundled", CalendarFixture.bundledLines());

        assertThat(bundled).hasSize(769);
        assertThat(bundled.keySet().stream().map(LocalDate::getYear).distinct().count()).isEqualTo(23);
    }

    @Test
    void aMalformedLineIsRejectedWithItsNumber() {
        assertThatThrownBy(() -> HolidayList.parse("extra.csv", List.of("date,kind,name_zh,name_en", "2027-13-01,holiday")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extra.csv line 2");
        assertThatThrownBy(() -> HolidayList.parse("extra.csv", List.of("2027-01-01,vacation")))
                .hasMessageContaining("holiday or workday");
    }
}
