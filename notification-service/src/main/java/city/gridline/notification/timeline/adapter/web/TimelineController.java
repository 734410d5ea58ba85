package city.gridline.notification.timeline.adapter.web;

import city.gridline.notification.timeline.application.CaseNotFoundException;
import city.gridline.notification.timeline.application.CaseTimelines;
import city.gridline.notification.timeline.domain.TimelineEntry;
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
import java.util.List;

@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
public class TimelineController {

    private final CaseTimelines timelines;

    public TimelineController(CaseTimelines timelines) {
        this.timelines = timelines;
    }

    @GetMapping("/{caseNumber}/timeline")
    public Mono<Timeline> timeline(@PathVariable String caseNumber) {
        return timelines.timeline(caseNumber).map(entries -> new Timeline(caseNumber, entries));
    }

    @ExceptionHandler
    ProblemDetail notFound(CaseNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setType(URI.create("https://gridline.city/problems/case-not-found"));
        problem.setTitle("Case not found");
        return problem;
    }

    /** The body of {@code GET /api/v1/cases/{caseNumber}/timeline}: the case's steps, oldest first. */
    public record Timeline(String caseNumber, List<TimelineEntry> entries) {
    }
}
