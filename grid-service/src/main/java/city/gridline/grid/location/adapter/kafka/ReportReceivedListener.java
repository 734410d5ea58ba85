package city.gridline.grid.location.adapter.kafka;

import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.Placement;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.contracts.event.UndecodableEventException;
import city.gridline.grid.location.application.ReportLocating;
import city.gridline.grid.location.application.TriageItem;
import city.gridline.grid.location.application.TriageList;
import city.gridline.servicekit.EventMessages;
import city.gridline.servicekit.PipelineLatency;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Locates every received report and publishes the outcome on {@code reports.located} (binding
 * {@code reportLocations-out-0}) before the offset of the received report commits. Counts outcomes as
 * {@code gridline.reports.located{outcome,placement,boundary}} and the time since receipt as the pipeline's
 * {@code located} stage.
 */
public class ReportReceivedListener {

    public static final String BINDING = "reportLocations-out-0";
    private static final Logger log = LoggerFactory.getLogger(ReportReceivedListener.class);

    private final ReportLocating locating;
    private final TriageList triage;
    private final EventMessages messages;
    private final MeterRegistry registry;
    private final PipelineLatency latency;

    public ReportReceivedListener(ReportLocating locating, TriageList triage, EventMessages messages,
                                  MeterRegistry registry, PipelineLatency latency) {
        this.locating = locating;
        this.triage = triage;
        this.messages = messages;
        this.registry = registry;
        this.latency = latency;
        // at zero from the start: a series that appears at 1 is not counted by increase() on the dashboards
        for (Placement placement : Placement.values()) {
            located(placement, true);
            located(placement, false);
        }
        unlocatable();
    }

    @SuppressWarnings("unchecked")
    public void onReportReceived(byte[] payload) {
        EventEnvelope<?> event = messages.codec().decode(payload);
        if (!(event.data() instanceof ReportReceived received)) {
            throw new UndecodableEventException(event.type() + " does not belong on reports.received");
        }
        try (MDC.MDCCloseable trace = MDC.putCloseable("traceId", event.traceId())) {
            EventEnvelope<ReportLocation> outcome = locating.locate((EventEnvelope<ReportReceived>) event);
            TriageItem.of(outcome.data(), outcome.occurredAt()).ifPresent(item -> triage.add(item).block());
            messages.publish(BINDING, outcome);
            count(outcome.data());
            latency.reached("located", received.receivedAt());
            log.atInfo().addKeyValue("reportId", outcome.aggregateId()).addKeyValue("outcome", outcome.type())
                    .log("report located");
        }
    }

    private void count(ReportLocation outcome) {
        Counter counter = outcome instanceof ReportLocated placed
                ? located(placed.placement(), placed.nearCellBoundary() || placed.nearStreetBoundary())
                : unlocatable();
        counter.increment();
    }

    private Counter located(Placement placement, boolean nearBoundary) {
        return outcomes("located", placement.name(), nearBoundary);
    }

    private Counter unlocatable() {
        return outcomes("unlocatable", "none", false);
    }

    private Counter outcomes(String outcome, String placement, boolean nearBoundary) {
        return Counter.builder("gridline.reports.located").description("Reports placed in the grid, by outcome")
                .tag("outcome", outcome).tag("placement", placement).tag("boundary", String.valueOf(nearBoundary))
                .register(registry);
    }
}
