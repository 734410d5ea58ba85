package city.gridline.intake.hotline12345.adapter.web;

import city.gridline.intake.hotline12345.application.WorkOrderIntake;
import city.gridline.intake.hotline12345.domain.UnclassifiedTicket;
import city.gridline.intake.hotline12345.domain.WorkOrder;
import city.gridline.intake.report.adapter.web.IntakeMetrics;
import city.gridline.intake.report.adapter.web.ReportController;
import city.gridline.intake.report.domain.Normalization;
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
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** The 12345 hand-off: work orders in, and the list of those that need a person to classify them. */
@RestController
@RequestMapping(path = "/api/v1/channels/12345", produces = MediaType.APPLICATION_JSON_VALUE)
public class WorkOrderController {

    private static final Logger log = LoggerFactory.getLogger(WorkOrderController.class);
    private static final int LIST_LIMIT = 500;

    private final WorkOrderIntake intake;
    private final IntakeMetrics metrics;

    public WorkOrderController(WorkOrderIntake intake, IntakeMetrics metrics) {
        this.intake = intake;
        this.metrics = metrics;
    }

    @PostMapping(path = "/tickets", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<HandOffResponse>> handOff(@Valid @RequestBody WorkOrderRequest request,
                                                         @RequestHeader(name = "traceparent", required = false)
                                                         String traceparent) {
        String traceId = TraceIds.fromTraceparent(traceparent);
        return intake.handOff(request.toWorkOrder(), traceId).map(handOff -> {
            log.atInfo().addKeyValue("traceId", traceId).addKeyValue("ticket", handOff.ticketNumber())
                    .addKeyValue("reportId", handOff.reportId()).addKeyValue("classified", handOff.classified())
                    .addKeyValue("replay", handOff.replay()).log("12345 work order handed over");
            if (handOff.classified() && !handOff.replay()) {
                metrics.received("12345", handOff.categoryCode());
            }
            ResponseEntity.BodyBuilder accepted = ResponseEntity.accepted().header(TraceIds.RESPONSE_HEADER, traceId);
            // a work order waiting for a person is no resource of its own yet: only a filed report has a Location
            if (handOff.classified()) {
                accepted.location(URI.create("/api/v1/reports/" + handOff.reportId()));
            }
            return accepted.body(HandOffResponse.of(handOff));
        });
    }

    @GetMapping("/unclassified")
    public Flux<UnclassifiedResponse> unclassified() {
        return intake.waiting(LIST_LIMIT).map(UnclassifiedResponse::of);
    }

    @PostMapping(path = "/unclassified/{ticket}/classify", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<ReportController.Accepted>> classify(
            @PathVariable String ticket, @Valid @RequestBody ClassificationRequest request,
            @RequestHeader(name = "traceparent", required = false) String traceparent) {
        String traceId = TraceIds.fromTraceparent(traceparent);
        return intake.classify(ticket, request.categoryCode(), traceId).map(submitted -> {
            log.atInfo().addKeyValue("traceId", traceId).addKeyValue("ticket", ticket)
                    .addKeyValue("reportId", submitted.reportId()).addKeyValue("category", request.categoryCode())
                    .log("12345 work order classified by hand");
            if (!submitted.replay()) {
                metrics.received("12345", request.categoryCode());
            }
            return ResponseEntity.accepted().location(URI.create("/api/v1/reports/" + submitted.reportId()))
                    .header(TraceIds.RESPONSE_HEADER, traceId)
                    .body(new ReportController.Accepted(submitted.reportId(), submitted.status(), submitted.replay(),
                            submitted.duplicateOf()));
        });
    }

    /**
     * The body of a 202: {@code status} is {@code RECEIVED} with the report's id when the category mapped, or
     * {@code UNCLASSIFIED} (no report yet) when the ticket waits for a person.
     */
    public record HandOffResponse(String ticketNumber, String reportId, String status, boolean replay) {

        static HandOffResponse of(WorkOrderIntake.HandOff handOff) {
            return new HandOffResponse(handOff.ticketNumber(), handOff.reportId(),
                    handOff.classified() ? "RECEIVED" : "UNCLASSIFIED", handOff.replay());
        }
    }

    /** One work order waiting for classification, as intake keeps it (text normalized, caller masked). */
    public record UnclassifiedResponse(String ticketNumber, String categoryPath, String content, String address,
                                       Instant receivedAt, Instant deadline, List<Normalization> normalizations) {

        static UnclassifiedResponse of(UnclassifiedTicket ticket) {
            WorkOrder order = ticket.workOrder();
            Instant deadline = order.deadline() != null ? order.deadline()
                    : order.limitHours() == null ? null : ticket.receivedAt().plusSeconds(order.limitHours() * 3600L);
            return new UnclassifiedResponse(order.ticketNumber(), order.categoryPath(), order.content(),
                    order.address(), ticket.receivedAt(), deadline,
                    order.normalizations().stream().sorted().toList());
        }
    }
}
