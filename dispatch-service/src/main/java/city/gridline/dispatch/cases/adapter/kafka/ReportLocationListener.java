package city.gridline.dispatch.cases.adapter.kafka;

import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.contracts.event.ReportUnlocatable;
import city.gridline.contracts.event.UndecodableEventException;
import city.gridline.dispatch.cases.application.CaseOpening;
import city.gridline.dispatch.cases.domain.DispatchCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Opens a case for every located report. Runs on the binder's consumer thread and waits until the case is stored
 * and its events are on the broker, so the offset is committed only then.
 */
public class ReportLocationListener {

    private static final Logger log = LoggerFactory.getLogger(ReportLocationListener.class);

    private final CaseOpening opening;
    private final EventCodec codec;

    public ReportLocationListener(CaseOpening opening, EventCodec codec) {
        this.opening = opening;
        this.codec = codec;
    }

    @SuppressWarnings("unchecked")
    public void onReportLocation(byte[] payload) {
        EventEnvelope<?> event = codec.decode(payload);
        if (!(event.data() instanceof ReportLocation location)) {
            throw new UndecodableEventException(event.type() + " does not belong on reports.located");
        }
        try (MDC.MDCCloseable trace = MDC.putCloseable("traceId", event.traceId())) {
            if (location instanceof ReportLocated) {
                DispatchCase opened = opening.open((EventEnvelope<ReportLocated>) event).block();
                log.atInfo().addKeyValue("caseNumber", opened.caseNumber()).addKeyValue("reportId", opened.reportId())
                        .addKeyValue("team", opened.team().id()).log("case dispatched");
            } else if (location instanceof ReportUnlocatable unlocatable) {
                log.atInfo().addKeyValue("reportId", unlocatable.reportId())
                        .addKeyValue("reason", unlocatable.reasonCode())
                        .log("unlocatable report left for manual triage");
            }
        }
    }
}
