package city.gridline.notification.reporters.adapter.kafka;

import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReporterRegistered;
import city.gridline.contracts.event.UndecodableEventException;
import city.gridline.notification.reporters.application.ReporterUpdates;
import org.slf4j.MDC;

/** Records every reporter intake announces on {@code reports.reporters}, on the binder's consumer thread. */
public class ReporterListener {

    private final ReporterUpdates updates;
    private final EventCodec codec;

    public ReporterListener(ReporterUpdates updates, EventCodec codec) {
        this.updates = updates;
        this.codec = codec;
    }

    public void onReporter(byte[] payload) {
        EventEnvelope<?> event = codec.decode(payload);
        if (!(event.data() instanceof ReporterRegistered registered)) {
            throw new UndecodableEventException(event.type() + " does not belong on reports.reporters");
        }
        try (MDC.MDCCloseable trace = MDC.putCloseable("traceId", event.traceId())) {
            updates.registered(event.eventId(), registered).block();
        }
    }
}
