package city.gridline.grid.location.adapter.web;

import city.gridline.grid.location.application.TriageDecisions;
import city.gridline.grid.location.application.TriageItem;
import city.gridline.grid.location.application.TriageList;
import city.gridline.servicekit.TraceIds;
import city.gridline.servicekit.security.Callers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.Callable;

/**
 * The manual-triage list: reports a person must place, or whose address placement a person must confirm, and the
 * two actions that take them off it. Not {@code @Validated}: that proxy's ConstraintViolationException was a 500;
 * WebFlux's own method validation of {@code limit} raises a HandlerMethodValidationException, which the problem
 * handler answers with a 400 problem. The actions block on the store and the broker, so they run off the event loop.
 */
@RestController
@RequestMapping(path = "/api/v1/triage", produces = MediaType.APPLICATION_JSON_VALUE)
public class TriageController {

    private final TriageList triage;
    private final TriageDecisions decisions;

    public TriageController(TriageList triage, TriageDecisions decisions) {
        this.triage = triage;
        this.decisions = decisions;
    }

    @GetMapping
    public Flux<TriageItem> newest(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return triage.newest(limit);
    }

    /** Places an unlocatable report at a point and announces it located, so that its case is opened. */
    @PostMapping(path = "/{reportId}/placement", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<TriageItem> place(@PathVariable String reportId, @Valid @RequestBody PlacementRequest body,
                                  @RequestHeader(name = "traceparent", required = false) String traceparent) {
        String traceId = TraceIds.fromTraceparent(traceparent);
        return Callers.current().flatMap(caller -> blocking(() -> decisions.place(reportId, body.point(), caller,
                traceId)));
    }

    /** Records that the caller confirmed the community a report was placed in from its address. */
    @PostMapping(path = "/{reportId}/confirmation")
    public Mono<TriageItem> confirm(@PathVariable String reportId) {
        return Callers.current().flatMap(caller -> blocking(() -> decisions.confirm(reportId, caller)));
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
