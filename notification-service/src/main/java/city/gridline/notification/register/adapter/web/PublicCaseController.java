package city.gridline.notification.register.adapter.web;

import city.gridline.notification.deadline.application.CaseDeadlines;
import city.gridline.notification.deadline.domain.CaseDeadline;
import city.gridline.notification.register.application.CaseRegister;
import city.gridline.notification.register.domain.CaseRecord;
import city.gridline.notification.register.domain.CaseStatus;
import city.gridline.notification.register.domain.CitizenStatus;
import city.gridline.notification.timeline.application.CaseNotFoundException;
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
import java.util.Optional;

/**
 * What a citizen may learn of a case by its number (on the phone, on a web page): its status in plain Chinese, the
 * dates of its steps and its deadline. Nothing personal and nobody's member id: no reporter, no description, no
 * officer, only the street it lies in.
 */
@RestController
@RequestMapping(path = "/api/v1/public/cases", produces = MediaType.APPLICATION_JSON_VALUE)
public class PublicCaseController {

    private final CaseRegister register;
    private final CaseDeadlines deadlines;

    public PublicCaseController(CaseRegister register, CaseDeadlines deadlines) {
        this.register = register;
        this.deadlines = deadlines;
    }

    @GetMapping("/{caseNumber}")
    public Mono<PublicCase> publicCase(@PathVariable String caseNumber) {
        return register.get(caseNumber).flatMap(record -> deadlines.find(caseNumber)
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .map(deadline -> PublicCase.of(record, deadline.orElse(null))));
    }

    @ExceptionHandler
    ProblemDetail notFound(CaseNotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "case-not-found", "Case not found",
                "No case with this number is known. Check the number you were given when you reported it.");
    }

    /**
     * The public view of a case: {@code status} for machines, {@code statusText} for people; {@code reopenedAt} the
     * last time an unsatisfied call-back reopened it.
     */
    public record PublicCase(String caseNumber, CaseStatus status, String statusText, String district, String street,
                             Instant openedAt, Instant dispatchedAt, Instant dueAt, Instant resolvedAt,
                             Instant closedAt, Instant endedAt, Instant reopenedAt) {

        static PublicCase of(CaseRecord record, CaseDeadline deadline) {
            Instant ended = record.transferredAt() != null ? record.transferredAt()
                    : record.cancelledAt() != null ? record.cancelledAt() : record.mergedAt();
            return new PublicCase(record.caseNumber(), record.status(), CitizenStatus.of(record),
                    record.place() == null ? null : record.place().district().name(),
                    record.place() == null ? null : record.place().street().name(),
                    record.openedAt(), record.firstDispatchedAt().orElse(null),
                    deadline == null ? null : deadline.dueAt(), record.resolvedAt(), record.closedAt(), ended,
                    record.reopenings().isEmpty() ? null : record.reopenings().get(record.reopenings().size() - 1));
        }
    }
}
