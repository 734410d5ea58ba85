package city.gridline.intake.police110.adapter.web;

import city.gridline.contracts.Channel;
import city.gridline.intake.category.domain.SourceCategoryMapping;
import city.gridline.intake.report.adapter.web.IntakeMetrics;
import city.gridline.intake.report.adapter.web.ReportController;
import city.gridline.intake.report.application.InvalidFieldException;
import city.gridline.intake.report.application.ReportIntake;
import city.gridline.intake.report.domain.ReportSubmission;
import city.gridline.intake.report.domain.SourceDetails;
import city.gridline.servicekit.TraceIds;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * 110 transfers into reports, idempotent on the incident number. A category text that the 110 mapping file does not
 * know is refused (422) rather than guessed: 110 then sends a category code.
 */
@RestController
@RequestMapping(path = "/api/v1/channels/110", produces = MediaType.APPLICATION_JSON_VALUE)
public class TransferController {

    private static final Logger log = LoggerFactory.getLogger(TransferController.class);

    private final ReportIntake intake;
    private final SourceCategoryMapping categories;
    private final IntakeMetrics metrics;

    public TransferController(ReportIntake intake, SourceCategoryMapping police110Categories, IntakeMetrics metrics) {
        this.intake = intake;
        this.categories = police110Categories;
        this.metrics = metrics;
    }

    @PostMapping(path = "/transfers", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<ReportController.Accepted>> transfer(
            @Valid @RequestBody TransferRequest request,
            @RequestHeader(name = "traceparent", required = false) String traceparent) {
        String traceId = TraceIds.fromTraceparent(traceparent);
        String categoryCode = request.categoryCode() != null ? request.categoryCode()
                : categories.codeFor(request.categoryText()).orElseThrow(() -> new InvalidFieldException(
                "categoryText", "no Gridline category is mapped for '" + request.categoryText().strip()
                        + "'; send a categoryCode"));
        ReportSubmission submission = new ReportSubmission(Channel.POLICE_110, request.incidentNumber().strip(),
                categoryCode, request.content(), request.location() == null ? null : request.location().toPoint(),
                request.address(), null, null, null,
                new SourceDetails(request.categoryText(), request.transferredAt(), null, null, null, null, null));
        return intake.submit(submission, traceId).map(submitted -> {
            log.atInfo().addKeyValue("traceId", traceId).addKeyValue("reportId", submitted.reportId())
                    .addKeyValue("incident", request.incidentNumber()).addKeyValue("replay", submitted.replay())
                    .log("110 transfer accepted");
            if (!submitted.replay()) {
                metrics.received(Channel.POLICE_110.code(), categoryCode);
            }
            return ResponseEntity.accepted().location(URI.create("/api/v1/reports/" + submitted.reportId()))
                    .header(TraceIds.RESPONSE_HEADER, traceId)
                    .body(new ReportController.Accepted(submitted.reportId(), submitted.status(), submitted.replay(),
                            submitted.duplicateOf()));
        });
    }
}
