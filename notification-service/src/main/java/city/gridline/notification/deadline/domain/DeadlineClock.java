package city.gridline.notification.deadline.domain;

import city.gridline.contracts.TimeLimit;
import city.gridline.notification.calendar.domain.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a handling limit runs out, in the city's time zone.
 * <ul>
 *   <li>HOURS run on the wall clock, through nights, weekends and holidays.</li>
 *   <li>WORKING_DAYS: the day of dispatch never counts (counting starts the next day, 次日起算); the limit ends at
 *   24:00 of the n-th working day after it, that is at 00:00 of the following date.</li>
 * </ul>
 */
public final class DeadlineClock {

    private final WorkingCalendar calendar;
    private final ZoneId zone;

    public DeadlineClock(WorkingCalendar calendar, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public Instant dueAt(Instant dispatchedAt, TimeLimit limit) {
        if (limit.unit() == TimeLimit.Unit.HOURS) {
            return dispatchedAt.plus(Duration.ofHours(limit.amount()));
        }
        return endOfWorkingDaysAfter(dispatchedAt.atZone(zone).toLocalDate(), limit.amount());
    }

    /**
     * The deadline moved by a further limit. A working-day extension counts from the last day of the current
     * limit (the date before its 24:00), so extending a limit ending at 24:00 of a Friday by one working day ends it
     * at 24:00 of the next Monday.
     */
    public Instant extended(Instant dueAt, TimeLimit extra) {
        if (extra.unit() == TimeLimit.Unit.HOURS) {
            return dueAt.plus(Duration.ofHours(extra.amount()));
        }
        LocalDate lastDay = dueAt.minusNanos(1).atZone(zone).toLocalDate();
        return endOfWorkingDaysAfter(lastDay, extra.amount());
    }

    /**
     * When a clock of the unit started by a dispatch at {@code dispatchedAt} begins to count: at once for HOURS, at
     * the start of the next day for WORKING_DAYS (次日起算).
     */
    Instant countingStart(Instant dispatchedAt, TimeLimit.Unit unit) {
        return unit == TimeLimit.Unit.HOURS ? dispatchedAt : nextDay(startOfDay(dispatchedAt));
    }

    /**
     * How much of the span from {@code start} to {@code end} a clock of the unit counts: all of it for HOURS, only the
     * time on working days for WORKING_DAYS.
     */
    Duration countedBetween(Instant start, Instant end, TimeLimit.Unit unit) {
        if (unit == TimeLimit.Unit.HOURS) {
            return Duration.between(start, end);
        }
        Duration counted = Duration.ZERO;
        for (Instant dayStart = startOfDay(start); dayStart.isBefore(end); dayStart = nextDay(dayStart)) {
            if (calendar.isWorkingDay(dayStart.atZone(zone).toLocalDate())) {
                Instant from = later(dayStart, start);
                Instant to = earlier(nextDay(dayStart), end);
                counted = counted.plus(Duration.between(from, to));
            }
        }
        return counted;
    }

    /** The instant at which a clock of the unit started at {@code start} has counted {@code amount}. */
    Instant afterCounting(Instant start, Duration amount, TimeLimit.Unit unit) {
        if (unit == TimeLimit.Unit.HOURS) {
            return start.plus(amount);
        }
        Duration left = amount;
        Instant dayStart = startOfDay(start);
        while (true) {
            if (calendar.isWorkingDay(dayStart.atZone(zone).toLocalDate())) {
                Instant from = later(dayStart, start);
                Duration available = Duration.between(from, nextDay(dayStart));
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
            dayStart = nextDay(dayStart);
        }
    }

    /**
     * The latest instant from which a clock of the unit has counted {@code amount} by {@code end}: {@code end} itself
     * for none.
     */
    Instant beforeCounting(Instant end, Duration amount, TimeLimit.Unit unit) {
        if (unit == TimeLimit.Unit.HOURS || amount.isZero()) {
            return end.minus(amount);
        }
        Duration left = amount;
        Instant dayStart = startOfDay(end);
        while (true) {
            if (calendar.isWorkingDay(dayStart.atZone(zone).toLocalDate())) {
                Instant to = earlier(nextDay(dayStart), end);
                Duration available = Duration.between(dayStart, to);
                if (left.compareTo(available) <= 0) {
                    return to.minus(left);
                }
                left = left.minus(available);
            }
            dayStart = previousDay(dayStart);
        }
    }

    private Instant endOfWorkingDaysAfter(LocalDate day, int workingDays) {
        return calendar.nthWorkingDayAfter(day, workingDays).plusDays(1).atStartOfDay(zone).toInstant();
    }

    private Instant startOfDay(Instant instant) {
        return instant.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    private Instant nextDay(Instant dayStart) {
        return dayStart.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    private Instant previousDay(Instant dayStart) {
        return dayStart.atZone(zone).toLocalDate().minusDays(1).atStartOfDay(zone).toInstant();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
