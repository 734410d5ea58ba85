package city.gridline.notification.callback.adapter.web;

import city.gridline.notification.callback.application.CallbackAlreadyRecordedException;
import city.gridline.notification.callback.application.CallbackNotFoundException;
import city.gridline.notification.callback.application.Callbacks;
import city.gridline.notification.callback.domain.CallbackResult;
import city.gridline.notification.callback.domain.CallbackState;
import city.gridline.notification.callback.domain.CallbackTask;
import city.gridline.servicekit.FieldProblem;
import city.gridline.servicekit.Paging;
import city.gridline.servicekit.Problems;
import city.gridline.servicekit.security.Callers;
import city.gridline.servicekit.security.GridlineCaller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The hotline's call-back desk: the tasks to call, and the results as they are recorded. */
@RestController
@RequestMapping(path = "/api/v1/callbacks", produces = MediaType.APPLICATION_JSON_VALUE)
public class CallbackController {

    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_COMMENT = 500;
    static final int MAX_OPERATOR = 64;

    private final Callbacks callbacks;

    public CallbackController(Callbacks callbacks) {
        this.callbacks = callbacks;
    }

    @GetMapping
    public Mono<CallbackList> list(@RequestParam(required = false) CallbackState state,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (Paging.beyondSkipLimit(page, size)) {
            problems.add(new FieldProblem("page", "times size must stay below 2^31"));
        }
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidCallbackRequestException(problems));
        }
        return callbacks.list(state, page, size).map(result -> new CallbackList(
                result.tasks().stream().map(CallbackView::of).toList(), result.page(), result.size(), result.total()));
    }

    @PostMapping(path = "/{caseNumber}/result", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<CallbackView> record(@PathVariable String caseNumber, @RequestBody ResultRequest request) {
        List<FieldProblem> problems = request.problems();
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidCallbackRequestException(problems));
        }
        return Callers.current().map(GridlineCaller::id)
                .flatMap(operator -> callbacks.record(caseNumber, CallbackResult.valueOf(request.result()),
                        request.comment() == null ? "" : request.comment().strip(), operator))
                .map(CallbackView::of);
    }

    @ExceptionHandler
    ProblemDetail notFound(CallbackNotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "callback-not-found", "No call-back task for this case", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail alreadyRecorded(CallbackAlreadyRecordedException ex) {
        return Problems.of(HttpStatus.CONFLICT, "callback-already-recorded", "Call-back already recorded",
                ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidCallbackRequestException ex) {
        return Problems.invalid("Invalid call-back request", ex.problems());
    }

    /**
     * {@code POST /api/v1/callbacks/{caseNumber}/result}: result and an optional comment. The operator recorded is the
     * authenticated caller; {@code operator} in the body is still accepted (clients of the first version send it) but
     * no longer trusted.
     */
    public record ResultRequest(String result, String comment, String operator) {

        List<FieldProblem> problems() {
            List<FieldProblem> problems = new ArrayList<>();
            if (result == null || Arrays.stream(CallbackResult.values()).noneMatch(known -> known.name().equals(result))) {
                problems.add(new FieldProblem("result", "must be one of " + Arrays.toString(CallbackResult.values())));
            }
            if (comment != null && comment.length() > MAX_COMMENT) {
                problems.add(new FieldProblem("comment", "must be at most " + MAX_COMMENT + " characters"));
            }
            if (operator != null && operator.length() > MAX_OPERATOR) {
                problems.add(new FieldProblem("operator", "must be at most " + MAX_OPERATOR + " characters"));
            }
            return problems;
        }
    }

    public record CallbackList(List<CallbackView> callbacks, int page, int size, long total) {
    }

    /** A call-back task as the hotline sees it. */
    public record CallbackView(String caseNumber, String reportId, String teamId, String teamName, String district,
                               String street, Instant closedAt, CallbackState state, CallbackResult result,
                               String comment, String operator, Instant recordedAt) {

        static CallbackView of(CallbackTask task) {
            return new CallbackView(task.caseNumber(), task.reportId(), task.team() == null ? null : task.team().id(),
                    task.team() == null ? null : task.team().name(), task.district(), task.street(), task.closedAt(),
                    task.state(), task.result(), task.comment(), task.operator(), task.recordedAt());
        }
    }

    static class InvalidCallbackRequestException extends RuntimeException {

        private final transient List<FieldProblem> problems;

        InvalidCallbackRequestException(List<FieldProblem> problems) {
            super("invalid call-back request: " + problems);
            this.problems = List.copyOf(problems);
        }

        List<FieldProblem> problems() {
            return problems;
        }
    }
}
