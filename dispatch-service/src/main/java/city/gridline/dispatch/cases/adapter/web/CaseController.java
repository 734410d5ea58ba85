package city.gridline.dispatch.cases.adapter.web;

import city.gridline.dispatch.cases.application.CaseNotFoundException;
import city.gridline.dispatch.cases.application.CaseOpening;
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


@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
public class CaseController {

    private final CaseOpening cases;

    public CaseController(CaseOpening cases) {
        this.cases = cases;
    }

    @GetMapping("/{caseNumber}")
    public Mono<CaseResponse> find(@PathVariable String caseNumber) {
        return cases.find(caseNumber).map(CaseResponse::of);
    }

    @ExceptionHandler
    ProblemDetail notFound(CaseNotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "case-not-found", "Case not found", ex.getMessage());
    }
}
