package city.gridline.servicekit;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
