package city.gridline.notification.events.adapter.kafka;

import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.NotificationEvent;
import city.gridline.notification.events.application.NotificationEventPublisher;
import city.gridline.servicekit.EventMessages;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Publishes through {@code notificationEvents-out-0}, a synchronous acks=all producer keyed by case number. */
public class KafkaNotificationEventPublisher implements NotificationEventPublisher {

    static final String BINDING = "notificationEvents-out-0";

    private final EventMessages messages;

    public KafkaNotificationEventPublisher(EventMessages messages) {
        this.messages = messages;
    }

    @Override
    public Mono<Void> publish(EventEnvelope<? extends NotificationEvent> event) {
        // The synchronous send blocks until the broker acknowledges: off the event loop.
        return Mono.<Void>fromRunnable(() -> messages.publish(BINDING, event)).subscribeOn(Schedulers.boundedElastic());
    }
}
