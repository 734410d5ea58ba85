package city.gridline.dispatch.cases.adapter.kafka;

import city.gridline.contracts.event.DeadlineOverdue;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.NotificationEvent;
import city.gridline.contracts.event.UndecodableEventException;
import city.gridline.dispatch.cases.application.CaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Learns from {@code notifications.events} which cases passed their deadline: the notification service keeps the
 * deadlines on the working-day calendar, dispatch keeps the command centre's overdue queue. The other steps of the
 * ladder (warning, escalation) and call-back results are the notification service's to act on.
 */
public class DeadlineListener {

    private static final Logger log = LoggerFactory.getLogger(DeadlineListener.class);

    private final CaseStore store;
    private final EventCodec codec;

    public DeadlineListener(CaseStore store, EventCodec codec) {
        this.store = store;
        this.codec = codec;
    }

    public void onNotificationEvent(byte[] payload) {
        EventEnvelope<?> event = codec.decode(payload);
        if (!(event.data() instanceof NotificationEvent)) {
            throw new UndecodableEventException(event.type() + " does not belong on notifications.events");
        }
        if (event.data() instanceof DeadlineOverdue overdue) {
            try (MDC.MDCCloseable trace = MDC.putCloseable("traceId", event.traceId())) {
                boolean known = Boolean.TRUE.equals(store.markOverdue(overdue.caseNumber(), overdue.dueAt()).block());
                log.atInfo().addKeyValue("caseNumber", overdue.caseNumber()).addKeyValue("dueAt", overdue.dueAt())
                        .addKeyValue("known", known).log("case overdue");
            }
        }
    }
}
