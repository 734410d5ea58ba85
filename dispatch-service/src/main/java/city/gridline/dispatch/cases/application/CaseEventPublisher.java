package city.gridline.dispatch.cases.application;

import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventEnvelope;

/** Puts case events on {@code cases.events}; returns once the broker has them, throws when it did not take one. */
public interface CaseEventPublisher {

    void publish(EventEnvelope<CaseEvent> event);
}
