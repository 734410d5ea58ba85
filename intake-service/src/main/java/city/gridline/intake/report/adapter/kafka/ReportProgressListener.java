package city.gridline.intake.report.adapter.kafka;

import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.contracts.event.UndecodableEventException;
import city.gridline.intake.report.application.ReportTracking;
import city.gridline.intake.report.domain.ReportProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Optional;

/**
 * Turns {@code reports.located} and {@code cases.events} into report progress. Runs on the binder's consumer
 * thread and waits for the store, so an offset is committed only after the progress is recorded.
 */
public class ReportProgressListener {

    private static final Logger log = LoggerFactory.getLogger(ReportProgressListener.class);

    private final ReportTracking tracking;
    private final EventCodec codec;

    public ReportProgressListener(ReportTracking tracking, EventCodec codec) {
        this.tracking = tracking;
        this.codec = codec;
    }

    public void onReportLocation(byte[] payload) {
        EventEnvelope<?> event = codec.decode(payload);
        if (!(event.data() instanceof ReportLocation location)) {
            throw new UndecodableEventException(event.type() + " does not belong on reports.located");
        }
        record(event, ReportProgress.of(location, event.occurredAt()));
    }

    public void onCaseEvent(byte[] payload) {
        EventEnvelope<?> event = codec.decode(payload);
        if (!(event.data() instanceof CaseEvent caseEvent)) {
            throw new UndecodableEventException(event.type() + " does not belong on cases.events");
        }
        record(event, ReportProgress.of(caseEvent, event.occurredAt()));
    }

    private void record(EventEnvelope<?> event, Optional<ReportProgress> progress) {
        try (MDC.MDCCloseable trace = MDC.putCloseable("traceId", event.traceId())) {
            progress.ifPresent(step -> {
                boolean known = Boolean.TRUE.equals(tracking.record(step).block());
                if (!known) {
                    log.warn("{} {} names report {}, which intake does not know", event.type(), event.eventId(),
                            step.reportId());
                }
            });
        }
    }
}
