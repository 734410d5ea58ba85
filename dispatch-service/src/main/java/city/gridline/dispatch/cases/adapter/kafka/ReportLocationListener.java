package city.gridline.dispatch.cases.adapter.kafka;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.contracts.event.ReportUnlocatable;
import city.gridline.contracts.event.UndecodableEventException;
import city.gridline.dispatch.cases.application.CaseOpening;
import city.gridline.dispatch.cases.application.DispatchedCases;
import city.gridline.dispatch.cases.domain.DispatchCase;
import city.gridline.servicekit.PipelineLatency;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Opens a case for every located report. Runs on the binder's consumer thread and waits until the case is stored
 * and its events recorded, so the offset is committed only then. A freshly dispatched case counts in
 * {@code gridline.cases.dispatched{district,street,team}}, a transferred one in
 * {@code gridline.cases.transferred{district,department}}; both in the pipeline's {@code dispatched} stage.
 */
public class ReportLocationListener {

    private static final Logger log = LoggerFactory.getLogger(ReportLocationListener.class);

    private final CaseOpening opening;
    private final EventCodec codec;
    private final MeterRegistry registry;
    private final DispatchedCases dispatched;
    private final PipelineLatency latency;

    public ReportLocationListener(CaseOpening opening, EventCodec codec, MeterRegistry registry,
                                  PipelineLatency latency) {
        this.opening = opening;
        this.codec = codec;
        this.registry = registry;
        this.dispatched = new DispatchedCases(registry);
        this.latency = latency;
    }

    @SuppressWarnings("unchecked")
    public void onReportLocation(byte[] payload) {
        EventEnvelope<?> event = codec.decode(payload);
        if (!(event.data() instanceof ReportLocation location)) {
            throw new UndecodableEventException(event.type() + " does not belong on reports.located");
        }
        try (MDC.MDCCloseable trace = MDC.putCloseable("traceId", event.traceId())) {
            if (location instanceof ReportLocated located) {
                CaseOpening.Opened opened = opening.open((EventEnvelope<ReportLocated>) event).block();
                DispatchCase filed = opened.dispatchCase();
                if (opened.fresh()) {
                    count(filed);
                    latency.reached("dispatched", located.report().receivedAt());
                }
                log.atInfo().addKeyValue("caseNumber", filed.caseNumber())
                        .addKeyValue("reportId", filed.reportId()).addKeyValue("status", filed.status())
                        .addKeyValue("team", filed.team() == null ? null : filed.team().id())
                        .addKeyValue("department", filed.department())
                        .addKeyValue("fresh", opened.fresh()).log("case filed");
            } else if (location instanceof ReportUnlocatable unlocatable) {
                log.atInfo().addKeyValue("reportId", unlocatable.reportId())
                        .addKeyValue("reason", unlocatable.reasonCode())
                        .log("unlocatable report left for manual triage");
            }
        }
    }

    private void count(DispatchCase filed) {
        CellRef cell = filed.opened().cell();
        if (filed.team() == null) {
            Counter.builder("gridline.cases.transferred")
                    .description("Cases transferred to the department that owns them")
                    .tag("district", cell.district().name())
                    .tag("department", filed.department())
                    .register(registry).increment();
            return;
        }
        dispatched.dispatched(cell.district().name(), cell.street().name(), filed.team().name());
    }
}
