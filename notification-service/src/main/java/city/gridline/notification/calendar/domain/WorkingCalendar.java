package city.gridline.notification.calendar.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

    /**
     * A digest of every listed date and its kind: equal for calendars that count alike, different as soon as one
     * date differs, whatever files the dates came from.
     */
    public String fingerprint() {
        StringBuilder listed = new StringBuilder();
        new TreeMap<>(exceptions).forEach((date, kind) -> listed.append(date).append('=').append(kind).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(listed.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The number of dates the calendar lists, for start-up logs. */
    public int listedDates() {
        return exceptions.size();
    }
}
