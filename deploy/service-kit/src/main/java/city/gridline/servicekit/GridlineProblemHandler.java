package city.gridline.servicekit;

import com.mongodb.MongoException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The problems every service's API answers the same way: bean-validation failures as a 422 listing every invalid
 * field, and the framework's own refusals (malformed body, unknown path, wrong method or media type, too large)
 * with a stable {@code type}. A service extends it with its own {@code @ExceptionHandler}s.
 */
public abstract class GridlineProblemHandler extends ResponseEntityExceptionHandler {

    private static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final String RETRY_AFTER_SECONDS = "5";

    private static final Map<Integer, String> TYPES_BY_STATUS = Map.of(
            400, "malformed-request",
            404, "not-found",
            405, "method-not-allowed",
            406, "not-acceptable",
            413, "payload-too-large",
            415, "unsupported-media-type");

    private final String invalidTitle;

    /** {@code invalidTitle}: the title of a 422, e.g. "Invalid report". */
    protected GridlineProblemHandler(String invalidTitle) {
        this.invalidTitle = invalidTitle;
    }

    /**
     * The database could not be reached ({@link Outages}): 503 with {@code Retry-After}, as for the broker — the
     * request changed nothing it could not repeat. Any other data-access failure stays a 500: a fault to fix.
     */
    @ExceptionHandler({DataAccessException.class, MongoException.class})
    Mono<ResponseEntity<ProblemDetail>> databaseUnavailable(RuntimeException ex) {
        if (!Outages.isOutage(ex)) {
            return Mono.error(ex);
        }
        logger.warn("request refused with 503: " + ex.getMessage());
        refused(HttpStatus.SERVICE_UNAVAILABLE);
        return Mono.just(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Try again shortly",
                        "The database cannot be reached. Send the request again shortly.")));
    }

    /**
     * The broker did not take an event a change announces: 503 with {@code Retry-After}. What the change stored
     * stays; the same request sent again stores it again and announces it (a catalogue change, an activation).
     */
    @ExceptionHandler(EventMessages.EventNotPublishedException.class)
    Mono<ResponseEntity<ProblemDetail>> brokerUnavailable(EventMessages.EventNotPublishedException ex) {
        logger.warn("request answered 503: " + ex.getMessage());
        refused(HttpStatus.SERVICE_UNAVAILABLE);
        return Mono.just(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "broker-unavailable", "Try again shortly",
                        "The change is stored, but the broker did not take its announcement. Send the request again"
                                + " shortly to announce it.")));
    }

    /** Told of every refusal this class answers, by status: for a service that counts them. */
    protected void refused(HttpStatusCode status) {
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          ServerWebExchange exchange) {
        List<FieldProblem> errors = Stream.concat(
                ex.getFieldErrors().stream().map(error -> new FieldProblem(error.getField(),
                        error.getDefaultMessage())),
                ex.getGlobalErrors().stream().map(error -> new FieldProblem(null, error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = Problems.invalid(invalidTitle, errors);
        refused(HttpStatusCode.valueOf(problem.getStatus()));
        return Mono.just(ResponseEntity.unprocessableContent().headers(headers).body(problem));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                                   HttpStatusCode status,
                                                                   ServerWebExchange exchange) {
        refused(status);
        return super.handleExceptionInternal(ex, body, headers, status, exchange).doOnNext(response -> {
            String kind = TYPES_BY_STATUS.get(status.value());
            if (response.getBody() instanceof ProblemDetail problem && kind != null
                    && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
                problem.setType(Problems.type(kind));
            }
        });
    }
}
