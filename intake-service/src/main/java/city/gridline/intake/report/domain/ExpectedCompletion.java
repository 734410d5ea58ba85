package city.gridline.intake.report.domain;

import city.gridline.contracts.TimeLimit;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a report's problem is expected to be handled: {@code exact} when it is a deadline someone set (the source's
 * own) or a limit in hours; a limit in working days (from the next day, to 24:00 of the last) is only approximate,
 * because intake counts Monday to Friday and knows neither public holidays nor the adjusted working days (调休) the
 * notification service's calendar holds.
 */
public record ExpectedCompletion(Instant at, boolean exact) {

    /**
     * The source's own deadline when it gave one; else the handling limit counted from the first dispatch (or the
     * reopening) once the case was dispatched with one; else the category's limit counted from receipt. Nothing once
     * nothing more will happen.
     */
    public static Optional<ExpectedCompletion> of(ReportView view, Optional<TimeLimit> categoryLimit, ZoneId zone) {
        if (view.status().isFinal()) {
            return Optional.empty();
        }
        Instant sourceDeadline = view.source() == null ? null : view.source().deadlineFrom(view.receivedAt());
        if (sourceDeadline != null) {
            return Optional.of(new ExpectedCompletion(sourceDeadline, true));
        }
        if (view.handling() != null) {
            return Optional.of(after(view.handling().since(), view.handling().limit(), zone));
        }
        return categoryLimit.map(limit -> after(view.receivedAt(), limit, zone));
    }

    static ExpectedCompletion after(Instant start, TimeLimit limit, ZoneId zone) {
        if (limit.unit() == TimeLimit.Unit.HOURS) {
            return new ExpectedCompletion(start.plusSeconds(limit.amount() * 3600L), true);
        }
        // counted from the next day (次日起算), the limit ends at 24:00 of its last working day, as the deadline does
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int counted = 0; counted < limit.amount(); ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return new ExpectedCompletion(day.plusDays(1).atStartOfDay(zone).toInstant(), false);
    }
}
