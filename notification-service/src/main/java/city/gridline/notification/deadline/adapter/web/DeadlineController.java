package city.gridline.notification.deadline.adapter.web;

import city.gridline.contracts.TimeLimit;
import city.gridline.notification.deadline.application.CaseDeadlines;
import city.gridline.notification.deadline.application.CaseDeadlines.DeadlineReading;
import city.gridline.notification.deadline.application.DeadlineNotFoundException;
import city.gridline.notification.deadline.domain.DeadlineState;
import city.gridline.notification.deadline.domain.EscalationLevel;
import city.gridline.notification.deadline.domain.StopReason;
import city.gridline.servicekit.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
public class DeadlineController {

    private final CaseDeadlines deadlines;

    public DeadlineController(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/{caseNumber}/deadline")
    public Mono<Deadline> deadline(@PathVariable String caseNumber) {
        return deadlines.read(caseNumber).map(Deadline::of);
    }

    @ExceptionHandler
    ProblemDetail notFound(DeadlineNotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "deadline-not-found", "No deadline for this case", ex.getMessage());
    }

    /**
     * The body of {@code GET /api/v1/cases/{caseNumber}/deadline}, as it stood at {@code asOf}; once resolved or
     * stopped, {@code state} and {@code escalation} are where the clock stopped; on the backlog ({@code backloggedAt}),
     * {@code escalation} is where it was put there.
     */
    public record Deadline(String caseNumber, Instant dispatchedAt, TimeLimit limit, List<TimeLimit> extensions,
                           Instant warningAt, Instant dueAt, DeadlineState state, EscalationLevel escalation,
                           Instant nextEscalationAt, boolean running, Instant resolvedAt, Boolean resolvedOnTime,
                           Instant backloggedAt, Instant stoppedAt, StopReason stopReason, Instant asOf) {

        static Deadline of(DeadlineReading reading) {
            var deadline = reading.deadline();
            return new Deadline(deadline.caseNumber(), deadline.dispatchedAt(), deadline.limit(), deadline.extensions(),
                    deadline.warningAt(), deadline.dueAt(), reading.status().state(),
                    reading.status().escalation().orElse(null), reading.status().nextEscalationAt().orElse(null),
                    deadline.isRunning(), deadline.resolvedAt(),
                    deadline.resolvedAt() == null ? null : deadline.resolvedOnTime(), deadline.backloggedAt(),
                    deadline.stoppedAt(), deadline.stopReason(), reading.readAt());
        }
    }
}
