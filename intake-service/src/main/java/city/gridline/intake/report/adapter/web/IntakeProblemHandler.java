package city.gridline.intake.report.adapter.web;

import city.gridline.intake.report.application.BrokerUnavailableException;
import city.gridline.intake.report.application.ReportIntake;
import city.gridline.intake.report.application.InvalidFieldException;
import city.gridline.intake.report.application.ReportNotFoundException;
import city.gridline.intake.report.application.TicketConflictException;
import city.gridline.servicekit.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Every refusal of the intake API as an RFC 9457 problem with a stable {@code type}: malformed bodies 400, bad
 * values 422 with one entry per field, unknown reports 404, a ticket reused for other content 409, unsupported
 * media types 415, and 503 with Retry-After when the broker cannot take a report.
 */
@RestControllerAdvice
public class IntakeProblemHandler extends ResponseEntityExceptionHandler {

    private final IntakeMetrics metrics;

    public IntakeProblemHandler(IntakeMetrics metrics) {
        this.metrics = metrics;
    }

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private static final Map<Integer, String> TYPES_BY_STATUS = Map.of(
            400, "malformed-request",
            404, "not-found",
            405, "method-not-allowed",
            406, "not-acceptable",
            413, "payload-too-large",
            415, "unsupported-media-type");

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          ServerWebExchange exchange) {
        metrics.refused(IntakeMetrics.Reason.VALIDATION);
        List<FieldProblem> errors = ex.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        List<FieldProblem> objectErrors = ex.getGlobalErrors().stream()
                .map(error -> new FieldProblem(null, error.getDefaultMessage()))
                .toList();
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation", "Invalid report",
                "The report has " + (errors.size() + objectErrors.size()) + " invalid field(s).");
        problem.setProperty("errors", java.util.stream.Stream.concat(errors.stream(), objectErrors.stream()).toList());
        return Mono.just(ResponseEntity.unprocessableContent().headers(headers).body(problem));
    }

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> invalidField(InvalidFieldException ex) {
        metrics.refused(IntakeMetrics.Reason.VALIDATION);
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation", "Invalid report",
                "The report has 1 invalid field(s).");
        problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
        return Mono.just(ResponseEntity.unprocessableContent().body(problem));
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

    /** Gives the framework's own problems (malformed JSON, wrong media type, …) a stable type as well. */
    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                                   HttpStatusCode status,
                                                                   ServerWebExchange exchange) {
        if (status.value() == 400 || status.value() == 415) {
            metrics.refused(IntakeMetrics.Reason.MALFORMED);
        }
        return super.handleExceptionInternal(ex, body, headers, status, exchange).doOnNext(response -> {
            String kind = TYPES_BY_STATUS.get(status.value());
            if (response.getBody() instanceof ProblemDetail problem && kind != null
                    && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
                problem.setType(Problems.type(kind));
            }
        });
    }

    private static ProblemDetail problem(HttpStatus status, String kind, String title, String detail) {
        return Problems.of(status, kind, title, detail);
    }

    /** One invalid field; {@code field} is null for a rule that spans fields. */
    public record FieldProblem(String field, String message) {
    }
}
