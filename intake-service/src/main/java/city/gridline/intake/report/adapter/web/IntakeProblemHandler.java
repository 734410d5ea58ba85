package city.gridline.intake.report.adapter.web;

import city.gridline.intake.report.application.BrokerUnavailableException;
import city.gridline.intake.report.application.ReportIntake;
import city.gridline.intake.report.application.InvalidFieldException;
import city.gridline.intake.report.application.RepeatUndecidedException;
import city.gridline.intake.report.application.ReportNotFoundException;
import city.gridline.intake.report.application.TicketConflictException;
import city.gridline.servicekit.FieldProblem;
import city.gridline.servicekit.GridlineProblemHandler;
import city.gridline.servicekit.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Every refusal of the intake API as an RFC 9457 problem with a stable {@code type}: malformed bodies 400, bad
 * values 422 with one entry per field, unknown reports 404, a ticket reused for other content 409, unsupported
 * media types 415, and 503 with Retry-After when the broker cannot take a report or a report filed near it about the
 * same time is still being filed.
 */
@RestControllerAdvice
public class IntakeProblemHandler extends GridlineProblemHandler {

    private final IntakeMetrics metrics;

    public IntakeProblemHandler(IntakeMetrics metrics) {
        super("Invalid report");
        this.metrics = metrics;
    }

    @Override
    protected void refused(HttpStatusCode status) {
        if (status.value() == 422) {
            metrics.refused(IntakeMetrics.Reason.VALIDATION);
        } else if (status.value() == 400 || status.value() == 415) {
            metrics.refused(IntakeMetrics.Reason.MALFORMED);
        }
    }

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> invalidField(InvalidFieldException ex) {
        metrics.refused(IntakeMetrics.Reason.VALIDATION);
        return Mono.just(ResponseEntity.unprocessableContent()
                .body(Problems.invalid("Invalid report", List.of(new FieldProblem(ex.field(), ex.getMessage())))));
    }

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> notFound(ReportNotFoundException ex) {
        return Mono.just(ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "report-not-found", "Report not found", ex.getMessage())));
    }

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> conflict(TicketConflictException ex) {
        metrics.refused(IntakeMetrics.Reason.CONFLICT);
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "ticket-conflict", "Source ticket already filed",
                ex.getMessage());
        problem.setProperty("reportId", ex.existingReportId());
        return Mono.just(ResponseEntity.status(HttpStatus.CONFLICT).body(problem));
    }

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> notADuplicate(ReportIntake.NotADuplicateException ex) {
        return Mono.just(ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, "not-a-duplicate", "Report not merged", ex.getMessage())));
    }

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> brokerUnavailable(BrokerUnavailableException ex) {
        metrics.refused(IntakeMetrics.Reason.BROKER_UNAVAILABLE);
        logger.warn("report refused with 503: " + ex.getMessage(), ex.getCause());
        return Mono.just(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "broker-unavailable", "Report not accepted yet",
                        "The message broker is unavailable. Retry with the same source ticket number; "
                                + "the report will not be filed twice.")));
    }

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> repeatUndecided(RepeatUndecidedException ex) {
        metrics.refused(IntakeMetrics.Reason.REPEAT_UNDECIDED);
        logger.warn("report refused with 503: " + ex.getMessage());
        return Mono.just(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "repeat-undecided", "Report not accepted yet",
                        "A report near this one, filed about the same time, is still being filed. Retry with the "
                                + "same source ticket number; the report will not be filed twice.")));
    }

    private static ProblemDetail problem(HttpStatus status, String kind, String title, String detail) {
        return Problems.of(status, kind, title, detail);
    }
}
