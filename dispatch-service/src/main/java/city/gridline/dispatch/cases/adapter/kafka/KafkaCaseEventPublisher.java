package city.gridline.dispatch.cases.adapter.kafka;

import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.dispatch.cases.application.CaseEventPublisher;
import city.gridline.servicekit.EventMessages;

/** Publishes through {@code caseEvents-out-0}, a synchronous acks=all producer keyed by case number. */
public class KafkaCaseEventPublisher implements CaseEventPublisher {

    static final String BINDING = "caseEvents-out-0";

    private final EventMessages messages;

    public KafkaCaseEventPublisher(EventMessages messages) {
        this.messages = messages;
    }

    @Override
    public void publish(EventEnvelope<CaseEvent> event) {
        messages.publish(BINDING, event);
    }
}
