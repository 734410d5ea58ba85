package city.gridline.notification.assessment.adapter.web;

import city.gridline.notification.assessment.application.Assessments;
import city.gridline.notification.assessment.domain.Assessment;
import city.gridline.notification.assessment.domain.GroupBy;
import city.gridline.notification.assessment.domain.GroupFigures;
import city.gridline.notification.assessment.domain.GroupKey;
import city.gridline.notification.config.NotificationProperties;
import city.gridline.servicekit.FieldProblem;
import city.gridline.servicekit.Problems;
import city.gridline.servicekit.validation.StorableInstantValidator;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/v1/assessment?groupBy=district|street|team|category&from=&to=}: the period is [from, to) over the
 * cases' first dispatch, each bound an instant ({@code 2026-11-01T00:00:00Z}) or a date in the city's zone
 * ({@code 2026-11-01}, its start); by default the last 30 days.
 */
@RestController
@RequestMapping(path = "/api/v1/assessment", produces = MediaType.APPLICATION_JSON_VALUE)
public class AssessmentController {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    static final Duration LONGEST_PERIOD = Duration.ofDays(366);

    private final Assessments assessments;
    private final Clock clock;
    private final ZoneId zone;

    public AssessmentController(Assessments assessments, Clock clock, NotificationProperties properties) {
        this.assessments = assessments;
        this.clock = clock;
        this.zone = properties.zone();
    }

    @GetMapping
    public Mono<AssessmentView> assessment(@RequestParam(defaultValue = "district") String groupBy,
                                           @RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to) {
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        GroupBy grouping = GroupBy.parse(groupBy).orElse(null);
        if (grouping == null) {
            problems.add(new FieldProblem("groupBy", "must be district, street, team or category"));
        }
        Instant end = to == null ? now : instant(to, "to", problems);
        Instant start = from == null ? (end == null ? null : end.minus(DEFAULT_PERIOD)) : instant(from, "from", problems);
        if (start != null && end != null) {
            if (!start.isBefore(end)) {
                problems.add(new FieldProblem("from", "must be before to"));
            } else if (Duration.between(start, end).compareTo(LONGEST_PERIOD) > 0) {
                problems.add(new FieldProblem("from", "the period is at most 366 days"));
            }
        }
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidAssessmentRequestException(problems));
        }
        return assessments.assess(grouping, start, end, now).map(AssessmentView::of);
    }

    private Instant instant(String text, String field, List<FieldProblem> problems) {
        Instant instant;
        try {
            instant = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(zone).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date (2026-11-01) or an instant (2026-11-01T00:00:00Z)"));
            return null;
        }
        // found in review: a year such as -1000000000 overflowed the period's arithmetic and the database's dates
        if (!StorableInstantValidator.storable(instant)) {
            problems.add(new FieldProblem(field, "must lie between 1970 and 9999"));
            return null;
        }
        return instant;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidAssessmentRequestException ex) {
        return Problems.invalid("Invalid assessment request", ex.problems());
    }

    public record AssessmentView(Instant from, Instant to, String groupBy, Filing filing, List<GroupView> groups) {

        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.from(), a.to(), a.groupBy().name().toLowerCase(java.util.Locale.ROOT),
                    new Filing(a.casesOpened(), a.reportsReceived(), a.filingRate()),
                    a.rows().stream().map(row -> GroupView.of(row.group(), row.figures())).toList());
        }
    }

    /** Filing over the whole period (not per group: a received report has no district yet). */
    public record Filing(long casesOpened, long reportsReceived, Double rate) {
    }

    public record GroupView(String code, String name, String district, Counts counts, Rates rates) {

        static GroupView of(GroupKey key, GroupFigures f) {
            return new GroupView(key.code(), key.name(), key.parent(),
                    new Counts(f.cases(), f.returned(), f.resolved(), f.resolvedOnTime(), f.reopenedAfterLateRound(),
                            f.closed(), f.verifications(), f.failedVerifications(), f.reopenings(), f.signedInTime(),
                            f.overdueBacklog(), f.callbacks(), f.satisfied()),
                    new Rates(f.dispatchAccuracy(), f.onTimeRate(), f.closureRate(), f.reworkRate(), f.responseRate(),
                            f.resolutionRate(), f.satisfactionRate()));
        }
    }

    /** {@code reopenedAfterLateRound}: not resolved again since a reopening after a late round (still late). */
    public record Counts(long cases, long returned, long resolved, long resolvedOnTime, long reopenedAfterLateRound,
                         long closed, long verifications, long failedVerifications, long reopenings,
                         long signedInTime, long overdueBacklog, long callbacks, long satisfied) {
    }

    /** Each in [0, 1]; null when there was nothing to count. */
    public record Rates(Double dispatchAccuracy, Double onTimeHandling, Double closure, Double rework,
                        Double response, Double resolution, Double satisfaction) {
    }

    static class InvalidAssessmentRequestException extends RuntimeException {

        private final transient List<FieldProblem> problems;

        InvalidAssessmentRequestException(List<FieldProblem> problems) {
            super("invalid assessment request: " + problems);
            this.problems = List.copyOf(problems);
        }

        List<FieldProblem> problems() {
            return problems;
        }
    }
}
