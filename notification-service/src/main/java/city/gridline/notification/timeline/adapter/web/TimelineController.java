package city.gridline.notification.timeline.adapter.web;

import city.gridline.notification.timeline.application.CaseNotFoundException;
import city.gridline.notification.timeline.application.CaseTimelines;
import city.gridline.notification.timeline.domain.TimelineEntry;
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
        return Problems.of(HttpStatus.NOT_FOUND, "case-not-found", "Case not found", ex.getMessage());
    }

    /** The body of {@code GET /api/v1/cases/{caseNumber}/timeline}: the case's steps, oldest first. */
    public record Timeline(String caseNumber, List<TimelineEntry> entries) {
    }
}
