package city.gridline.notification.calendar;

import city.gridline.notification.calendar.domain.WorkingCalendar;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.time.ZoneId;

/**
 * {@code gridline.working.calendar.end.timestamp} (seconds since the epoch): the start of the first day, in the
 * city's zone, that no loaded holiday notice covers. Past it, deadlines in working days count every weekday, so
 * operations are warned ahead (alert {@code GridlineWorkingCalendarEnding}) to load the next year's notice.
 */
final class WorkingCalendarEnd implements MeterBinder {

    static final String NAME = "gridline.working.calendar.end.timestamp";

    private final WorkingCalendar calendar;
    private final ZoneId zone;

    WorkingCalendarEnd(WorkingCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        calendar.listedUntil().ifPresent(lastDay -> {
            long end = lastDay.plusDays(1).atStartOfDay(zone).toEpochSecond();
            Gauge.builder(NAME, () -> end)
                    .description("Start of the first day no loaded holiday notice covers (next year's notice missing)")
                    .baseUnit("seconds")
                    .register(registry);
        });
    }
}
