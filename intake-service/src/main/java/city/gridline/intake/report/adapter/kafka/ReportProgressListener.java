package city.gridline.intake.report.adapter.kafka;

import city.gridline.contracts.event.CaseAccepted;
import city.gridline.contracts.event.CaseClosed;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseResolved;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.contracts.event.UndecodableEventException;
import city.gridline.intake.report.application.ReportTracking;
import city.gridline.intake.report.domain.ReportProgress;
import city.gridline.servicekit.PipelineLatency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Optional;

/**
 * Turns {@code reports.located} and {@code cases.events} into report progress. Runs on the binder's consumer
 * thread and waits for the store, so an offset is committed only after the progress is recorded. Intake alone knows
 * when each report was received, so it measures the later stages of the pipeline (accepted, resolved, closed: from
 * receipt to the step's time); grid and dispatch measure theirs (located, dispatched) as they reach them.
 */
public class ReportProgressListener {

    private static final Logger log = LoggerFactory.getLogger(ReportProgressListener.class);

    private final ReportTracking tracking;
    private final EventCodec codec;
    private final PipelineLatency latency;

    public ReportProgressListener(ReportTracking tracking, EventCodec codec, PipelineLatency latency) {
        this.tracking = tracking;
        this.codec = codec;
        this.latency = latency;
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
        boolean known = record(event, ReportProgress.of(caseEvent, event.occurredAt()));
        Optional<String> stage = stageOf(caseEvent);
        if (known && stage.isPresent()) {
            tracking.receivedAt(caseEvent.reportId()).blockOptional()
                    .ifPresent(receivedAt -> latency.reached(stage.get(), receivedAt, event.occurredAt()));
        }
    }

    /** True when the progress was recorded for a report intake knows. */
    private boolean record(EventEnvelope<?> event, Optional<ReportProgress> progress) {
        try (MDC.MDCCloseable trace = MDC.putCloseable("traceId", event.traceId())) {
            if (progress.isEmpty()) {
                return false;
            }
            boolean known = Boolean.TRUE.equals(tracking.record(progress.get()).block());
            if (!known) {
                log.warn("{} {} names report {}, which intake does not know", event.type(), event.eventId(),
                        progress.get().reportId());
            }
            return known;
        }
    }

    /** The pipeline stage a case step completes, for {@code gridline.pipeline.latency}. */
    private static Optional<String> stageOf(CaseEvent event) {
        if (event instanceof CaseAccepted) {
            return Optional.of("accepted");
        }
        if (event instanceof CaseResolved) {
            return Optional.of("resolved");
        }
        return event instanceof CaseClosed ? Optional.of("closed") : Optional.empty();
    }
}
