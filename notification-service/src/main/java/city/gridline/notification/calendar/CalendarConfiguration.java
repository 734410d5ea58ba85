package city.gridline.notification.calendar;

import city.gridline.notification.calendar.domain.DayKind;
import city.gridline.notification.calendar.domain.HolidayList;
import city.gridline.notification.calendar.domain.WorkingCalendar;
import city.gridline.notification.config.NotificationProperties;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The working-day calendar: the bundled holiday list, then {@code gridline.notification.calendar.extra-file} when set,
 * so that next year's notice can be added without a release. A broken list stops the start rather than miscounting.
 * When the lists end is exposed as a metric, so that a missing notice is noticed before deadlines need it.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);
    private static final String BUNDLED = "calendar/cn-public-holidays.csv";

    @Bean
    WorkingCalendar workingCalendar(NotificationProperties properties) {
        Map<LocalDate, DayKind> bundled = HolidayList.parse(BUNDLED, bundledLines());
        Path extraFile = properties.calendar() == null ? null : properties.calendar().extraFile();
        Map<LocalDate, DayKind> extra = extraFile == null ? Map.of() : HolidayList.parse(extraFile.toString(), lines(extraFile));
        WorkingCalendar calendar = WorkingCalendar.of(bundled, extra);
        log.atInfo().addKeyValue("bundled", bundled.size()).addKeyValue("extraFile", extraFile)
                .addKeyValue("extra", extra.size()).addKeyValue("listedUntil", calendar.listedUntil().orElse(null))
                .log("working-day calendar loaded");
        return calendar;
    }

    @Bean
    MeterBinder workingCalendarEnd(WorkingCalendar calendar, NotificationProperties properties) {
        return new WorkingCalendarEnd(calendar, properties.zone());
    }

    private static List<String> bundledLines() {
        try (InputStream in = new ClassPathResource(BUNDLED).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled holiday list " + BUNDLED, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the extra holiday list " + file, e);
        }
    }
}
