package city.gridline.notification.timeline.adapter.kafka;

import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.UndecodableEventException;
import city.gridline.notification.followup.application.CaseStepFollowUp;
import city.gridline.notification.register.application.CaseRegister;
import city.gridline.notification.reporters.application.ReporterUpdates;
import city.gridline.notification.timeline.application.CaseTimelines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Records every case event in its case's timeline and in the case register, and hands it to its follow-up (deadline, team SMS), on
 * the binder's consumer thread, before the offset commits. The follow-up runs on redelivered events too: it is
 * idempotent, and a failure in it after the timeline was recorded must not be skipped on the retry.
 */
public class CaseEventListener {

    private static final Logger log = LoggerFactory.getLogger(CaseEventListener.class);

    private final CaseTimelines timelines;
    private final CaseRegister register;
    private final CaseStepFollowUp followUp;
    private final ReporterUpdates reporters;
    private final EventCodec codec;

    public CaseEventListener(CaseTimelines timelines, CaseRegister register, CaseStepFollowUp followUp,
                             ReporterUpdates reporters,
                             EventCodec codec) {
        this.timelines = timelines;
        this.register = register;
        this.followUp = followUp;
        this.reporters = reporters;
        this.codec = codec;
    }

    @SuppressWarnings("unchecked")
    public void onCaseEvent(Message<byte[]> message) {
        EventEnvelope<?> event = codec.decode(message.getPayload());
        Long offset = message.getHeaders().get(KafkaHeaders.OFFSET, Long.class);
        if (!(event.data() instanceof CaseEvent)) {
            throw new UndecodableEventException(event.type() + " does not belong on cases.events");
        }
        try (MDC.MDCCloseable trace = MDC.putCloseable("traceId", event.traceId())) {
            EventEnvelope<CaseEvent> caseEvent = (EventEnvelope<CaseEvent>) event;
            boolean recorded = Boolean.TRUE.equals(timelines.record(caseEvent, offset == null ? 0 : offset).block());
            register.record(caseEvent).block();
            log.atDebug().addKeyValue("eventId", event.eventId()).addKeyValue("new", recorded)
                    .log("case event recorded");
            followUp.onStep(caseEvent).block();
            reporters.caseEvent(caseEvent.data()).block();
        }
    }
}
