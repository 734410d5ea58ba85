package city.gridline.intake.report.adapter.web;

import city.gridline.contracts.Channel;
import city.gridline.intake.report.application.ReportIntake;
import city.gridline.intake.report.application.ReportTracking;
import city.gridline.intake.report.domain.ReportStatus;
import city.gridline.servicekit.TraceIds;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Arrays;

@RestController
@RequestMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
public class ReportController {

    private static final Logger log = LoggerFactory.getLogger(ReportController.class);

    private final ReportIntake intake;
    private final ReportTracking tracking;
    private final IntakeMetrics metrics;

    public ReportController(ReportIntake intake, ReportTracking tracking, IntakeMetrics metrics) {
        this.intake = intake;
        this.tracking = tracking;
        this.metrics = metrics;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Accepted>> submit(@Valid @RequestBody ReportRequest request,
                                                 @RequestHeader(name = "traceparent", required = false)
                                                 String traceparent) {
        String traceId = TraceIds.fromTraceparent(traceparent);
        return intake.submit(request.toSubmission(), traceId).map(submitted -> accepted(request, submitted, traceId));
    }

    private ResponseEntity<Accepted> accepted(ReportRequest request, ReportIntake.Submitted submitted,
                                              String traceId) {
        log.atInfo().addKeyValue("traceId", traceId).addKeyValue("reportId", submitted.reportId())
                .addKeyValue("channel", request.channel()).addKeyValue("replay", submitted.replay())
                .log("report accepted");
        if (!submitted.replay()) {
            metrics.received(request.channel(), request.categoryCode());
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/reports/" + submitted.reportId()))
                .header(TraceIds.RESPONSE_HEADER, traceId)
                .body(new Accepted(submitted.reportId(), submitted.status(), submitted.replay(),
                        submitted.duplicateOf()));
    }

    /**
     * A report looked up by the channel's own ticket number (the 12345 work order, the 110 incident, the Open311
     * service_request_id, …): the same body as by report id; 404 when the channel has no such ticket, 400 for an
     * unknown channel.
     */
    @GetMapping(params = {"channel", "sourceTicketId"})
    public Mono<ReportStatusResponse> statusByTicket(@RequestParam String channel,
                                                     @RequestParam String sourceTicketId) {
        Channel known = Channel.fromCode(channel).orElseThrow(() -> new ServerWebInputException(
                "channel must be one of " + Arrays.stream(Channel.values()).map(Channel::code).toList()));
        return tracking.statusByTicket(known, sourceTicketId).map(ReportStatusResponse::of);
    }

    @GetMapping("/{reportId}")
    public Mono<ReportStatusResponse> status(@PathVariable String reportId) {
        return tracking.status(reportId).map(ReportStatusResponse::of);
    }

    /**
     * An operator makes a report wrongly merged into another stand for its own case again (取消合并). 200 with the
     * report's status; 404 unknown; 409 when the report is not merged into another.
     */
    @PostMapping("/{reportId}/unlink")
    public Mono<ReportStatusResponse> unlink(@PathVariable String reportId) {
        return intake.unlink(reportId).then(tracking.status(reportId)).map(ReportStatusResponse::of);
    }

    /**
     * The body of a 202: the report's id, to look its status up with, whether the ticket was filed before, and the
     * open report it repeats when it was merged into one (its reporter then follows that report's case).
     */
    public record Accepted(String reportId, ReportStatus status, boolean replay, String duplicateOf) {
    }
}
