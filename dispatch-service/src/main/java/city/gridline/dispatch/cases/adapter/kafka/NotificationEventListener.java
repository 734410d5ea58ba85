package city.gridline.dispatch.cases.adapter.kafka;

import city.gridline.contracts.event.CallbackRecorded;
import city.gridline.contracts.event.DeadlineOverdue;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.NotificationEvent;
import city.gridline.contracts.event.UndecodableEventException;
import city.gridline.dispatch.cases.application.CallbackReopening;
import city.gridline.dispatch.cases.application.CaseStore;
import city.gridline.dispatch.cases.application.OverdueNotice;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What dispatch learns from {@code notifications.events}: which cases passed their deadline (the notification
 * service keeps the deadlines on the working-day calendar, dispatch keeps the command centre's overdue queue), and
 * the hotline's call-back results, of which an unsatisfied one may reopen the case. The other steps of the ladder
 * (warning, escalation) are the notification service's to act on.
 */
public class NotificationEventListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationEventListener.class);

    private final CaseStore store;
    private final CallbackReopening reopening;
    private final EventCodec codec;
    private final Counter reopened;
    private final Map<OverdueNotice, Counter> overdueNotices;

    public NotificationEventListener(CaseStore store, CallbackReopening reopening, EventCodec codec,
                                     MeterRegistry registry) {
        this.store = store;
        this.reopening = reopening;
        this.codec = codec;
        this.reopened = Counter.builder("gridline.cases.reopened")
                .description("Closed cases reopened for rework after an unsatisfied call-back")
                .register(registry);
        this.overdueNotices = new EnumMap<>(OverdueNotice.class);
        for (OverdueNotice notice : OverdueNotice.values()) {
            overdueNotices.put(notice, Counter.builder("gridline.cases.overdue.notices")
                    .description("Overdue notices read from the notification service, by what they did to the case")
                    .tag("outcome", notice.name().toLowerCase(Locale.ROOT)).register(registry));
        }
    }

    public void onNotificationEvent(byte[] payload) {
        EventEnvelope<?> event = codec.decode(payload);
        if (!(event.data() instanceof NotificationEvent)) {
            throw new UndecodableEventException(event.type() + " does not belong on notifications.events");
        }
        try (MDC.MDCCloseable trace = MDC.putCloseable("traceId", event.traceId())) {
            if (event.data() instanceof DeadlineOverdue overdue) {
                OverdueNotice notice = store.markOverdue(overdue).block();
                overdueNotices.get(notice).increment();
                log.atInfo().addKeyValue("caseNumber", overdue.caseNumber()).addKeyValue("dueAt", overdue.dueAt())
                        .addKeyValue("notice", notice).log("case overdue");
            } else if (event.data() instanceof CallbackRecorded callback) {
                CallbackReopening.Outcome outcome = reopening.onCallback(event.eventId(), event.traceId(), callback)
                        .block();
                if (outcome.reopened()) {
                    reopened.increment();
                }
                log.atInfo().addKeyValue("caseNumber", callback.caseNumber())
                        .addKeyValue("result", callback.result()).addKeyValue("reopened", outcome.reopened())
                        .addKeyValue("why", outcome.why()).log("call-back recorded");
            }
        }
    }
}
