package city.gridline.notification.events.application;

import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.NotificationEvent;
import reactor.core.publisher.Mono;

import java.time.Instant;

/** Publishes on {@code notifications.events}; completes once the broker has the event. */
public interface NotificationEventPublisher {

    String SOURCE = "/gridline/notification-service";

    Mono<Void> publish(EventEnvelope<? extends NotificationEvent> event);

    /**
     * The envelope of an event with a stable id: the same cause and step always give the same id, so a republished
     * event is recognised downstream. The trace id derives from the event id (nothing upstream traces a timer).
     */
    static <E extends NotificationEvent> EventEnvelope<E> envelope(E event, String cause, String step, Instant at) {
        String eventId = EventEnvelope.derivedEventId(cause, step);
        return EventEnvelope.wrap(event, eventId, at, eventId.replace("-", ""), SOURCE);
    }
}
