package city.gridline.notification.calendar;

import city.gridline.notification.calendar.domain.WorkingCalendar;
import city.gridline.notification.config.NotificationProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarConfigurationTest {

    @Test
    void theExtraFileIsReadAfterTheBundledList(@TempDir Path directory) throws Exception {
        Path notice2027 = directory.resolve("cn-public-holidays-2027.csv");
        Files.writeString(notice2027, """
                date,kind,name_zh,name_en
                2027-01-01,holiday,元旦,"New Year's Day"
                2027-02-06,workday,春节,"Spring Festival"
                """, StandardCharsets.UTF_8);

        WorkingCalendar calendar = new CalendarConfiguration().workingCalendar(properties(notice2027));

        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("a Friday made a holiday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 6))).as("a Saturday made a working day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).as("bundled").isFalse();
    }

    @Test
    void withoutAnExtraFileTheBundledListAlone() {
        WorkingCalendar calendar = new CalendarConfiguration().workingCalendar(properties(null));

        assertThat(calendar.listedDates()).isEqualTo(769);
    }

    @Test
    void theEndOfTheListsIsAGaugeAtMidnightInTheCitysZone(@TempDir Path directory) throws Exception {
        Path notice2027 = directory.resolve("cn-public-holidays-2027.csv");
        Files.writeString(notice2027, "2027-01-01,holiday,元旦,\"New Year's Day\"\n", StandardCharsets.UTF_8);

        assertThat(calendarEnd(properties(null))).as("2027-01-01T00:00+08:00").isEqualTo(1_798_732_800d);
        assertThat(calendarEnd(properties(notice2027))).as("2028-01-01T00:00+08:00").isEqualTo(1_830_268_800d);
    }

    @Test
    void aMissingExtraFileStopsTheStart(@TempDir Path directory) {
        assertThatThrownBy(() -> new CalendarConfiguration().workingCalendar(properties(directory.resolve("none.csv"))))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("none.csv");
    }

    private static double calendarEnd(NotificationProperties properties) {
        CalendarConfiguration configuration = new CalendarConfiguration();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        configuration.workingCalendarEnd(configuration.workingCalendar(properties), properties).bindTo(registry);
        return registry.get(WorkingCalendarEnd.NAME).gauge().value();
    }

    private static NotificationProperties properties(Path extraFile) {
        return new NotificationProperties(ZoneId.of("Asia/Shanghai"), new NotificationProperties.Calendar(extraFile),
                null, null, null, null, null, null, null, null, null, null);
    }
}
