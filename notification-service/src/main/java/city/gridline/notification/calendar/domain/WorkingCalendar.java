package city.gridline.notification.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which dates are working days (工作日): Monday to Friday unless the notice makes one a holiday, and a Saturday or
 * Sunday only when the notice makes it an adjusted working day (调休).
 */
public final class WorkingCalendar {

    private final Map<LocalDate, DayKind> exceptions;

    private WorkingCalendar(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    /** Lists applied in order: a date in a later list overrides the same date in an earlier one. */
    @SafeVarargs
    public static WorkingCalendar of(Map<LocalDate, DayKind>... lists) {
        Map<LocalDate, DayKind> merged = new HashMap<>();
        for (Map<LocalDate, DayKind> list : lists) {
            merged.putAll(list);
        }
        return new WorkingCalendar(merged);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind listed = exceptions.get(date);
        if (listed != null) {
            return listed == DayKind.WORKDAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code day}, which itself never counts; n ≥ 1. */
    public LocalDate nthWorkingDayAfter(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate date = day;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The last date the lists speak for: 31 December of the latest year they name. After it every weekday counts as
     * a working day, because that year's notice has not been loaded. Empty when nothing is listed.
     */
    public Optional<LocalDate> listedUntil() {
        return exceptions.keySet().stream().map(LocalDate::getYear).max(Integer::compare)
                .map(year -> LocalDate.of(year, 12, 31));
    }

    /** The number of dates the calendar lists, for start-up logs. */
    public int listedDates() {
        return exceptions.size();
    }
}
