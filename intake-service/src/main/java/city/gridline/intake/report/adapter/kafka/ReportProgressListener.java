package city.gridline.intake.report.adapter.kafka;

import city.gridline.contracts.event.CaseAccepted;
import city.gridline.contracts.event.CaseCancelled;
import city.gridline.contracts.event.CaseClosed;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseResolved;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.contracts.event.UndecodableEventException;
import city.gridline.intake.report.application.ReportIntake;
import city.gridline.intake.report.application.ReportTracking;
import city.gridline.intake.report.domain.ReportProgress;
import city.gridline.servicekit.PipelineLatency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Instant;
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
    private final ReportIntake intake;
    private final EventCodec codec;
    private final PipelineLatency latency;

    public ReportProgressListener(ReportTracking tracking, ReportIntake intake, EventCodec codec,
                                  PipelineLatency latency) {
        this.tracking = tracking;
        this.intake = intake;
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
        endedAt(caseEvent).filter(ended -> known).ifPresent(ended -> unlinkLateRepeats(caseEvent.reportId(), ended));
        Optional<String> stage = stageOf(caseEvent);
        if (known && stage.isPresent()) {
            tracking.receivedAt(caseEvent.reportId()).blockOptional()
                    .ifPresent(receivedAt -> latency.reached(stage.get(), receivedAt, event.occurredAt()));
        }
    }

    /**
     * Repeats linked while intake did not know yet that the case had ended (the closure still on its way here) are
     * reports of a problem seen again after it was dealt with: each gets its own case.
     */
    private void unlinkLateRepeats(String reportId, Instant endedAt) {
        Long unlinked = intake.unlinkRepeatsReceivedAfter(reportId, endedAt).block();
        if (unlinked != null && unlinked > 0) {
            log.atInfo().addKeyValue("reportId", reportId).addKeyValue("unlinked", unlinked)
                    .log("repeats received after the case ended stand for cases of their own");
        }
    }

    /** When the case ended, for a closure or a cancellation (the problem dealt with, or no problem at all). */
    private static Optional<Instant> endedAt(CaseEvent event) {
        if (event instanceof CaseClosed closed) {
            return Optional.of(closed.closedAt());
        }
        return event instanceof CaseCancelled cancelled ? Optional.of(cancelled.cancelledAt()) : Optional.empty();
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
