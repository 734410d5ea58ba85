package city.gridline.intake.field.adapter.web;

import city.gridline.contracts.Channel;
import city.gridline.intake.report.adapter.web.IntakeMetrics;
import city.gridline.intake.report.adapter.web.ReportController;
import city.gridline.intake.report.application.ReportIntake;
import city.gridline.servicekit.TraceIds;
import city.gridline.servicekit.security.Callers;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;

/** Reports supervisors file from the field app, idempotent on (supervisor, device report id). */
@RestController
@RequestMapping(path = "/api/v1/channels/field", produces = MediaType.APPLICATION_JSON_VALUE)
public class FieldReportController {

    private static final Logger log = LoggerFactory.getLogger(FieldReportController.class);

    private final ReportIntake intake;
    private final IntakeMetrics metrics;

    public FieldReportController(ReportIntake intake, IntakeMetrics metrics) {
        this.intake = intake;
        this.metrics = metrics;
    }

    @PostMapping(path = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<ReportController.Accepted>> report(
            @Valid @RequestBody FieldReportRequest request,
            @RequestHeader(name = "traceparent", required = false) String traceparent) {
        String traceId = TraceIds.fromTraceparent(traceparent);
        return Callers.current().filter(caller -> caller.id().equals(request.supervisorId()))
                .switchIfEmpty(Mono.error(() -> new AccessDeniedException(
                        "a supervisor files field reports under their own id, the subject of their token")))
                .flatMap(supervisor -> intake.submit(request.toSubmission(), traceId)).map(submitted -> {
            log.atInfo().addKeyValue("traceId", traceId).addKeyValue("reportId", submitted.reportId())
                    .addKeyValue("supervisorId", request.supervisorId()).addKeyValue("replay", submitted.replay())
                    .log("field report accepted");
            if (!submitted.replay()) {
                metrics.received(Channel.FIELD.code(), request.categoryCode());
            }
            return ResponseEntity.accepted().location(URI.create("/api/v1/reports/" + submitted.reportId()))
                    .header(TraceIds.RESPONSE_HEADER, traceId)
                    .body(new ReportController.Accepted(submitted.reportId(), submitted.status(), submitted.replay(),
                            submitted.duplicateOf()));
        });
    }
}
