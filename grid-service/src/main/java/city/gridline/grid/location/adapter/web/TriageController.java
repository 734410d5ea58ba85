package city.gridline.grid.location.adapter.web;

import city.gridline.grid.location.application.TriageItem;
import city.gridline.grid.location.application.TriageList;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * The manual-triage list: reports a person must place, or whose address placement a person must confirm. Not
 * {@code @Validated}: that proxy's ConstraintViolationException was a 500; WebFlux's own method validation of
 * {@code limit} raises a HandlerMethodValidationException, which the problem handler answers with a 400 problem.
 */
@RestController
@RequestMapping(path = "/api/v1/triage", produces = MediaType.APPLICATION_JSON_VALUE)
public class TriageController {

    private final TriageList triage;

    public TriageController(TriageList triage) {
        this.triage = triage;
    }

    @GetMapping
    public Flux<TriageItem> newest(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return triage.newest(limit);
    }
}
