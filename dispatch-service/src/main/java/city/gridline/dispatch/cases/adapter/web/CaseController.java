package city.gridline.dispatch.cases.adapter.web;

import city.gridline.dispatch.cases.application.CaseNotFoundException;
import city.gridline.dispatch.cases.application.CaseOpening;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;

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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setType(URI.create("https://gridline.city/problems/case-not-found"));
        problem.setTitle("Case not found");
        return problem;
    }
}
