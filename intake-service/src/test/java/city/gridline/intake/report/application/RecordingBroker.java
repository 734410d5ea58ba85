package city.gridline.intake.report.application;

import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.GridlineEvent;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what it is given to publish, unless it is {@code down}. */
final class RecordingBroker implements ReportPublisher {

    final List<EventEnvelope<?>> published = new CopyOnWriteArrayList<>();
    volatile boolean down;

    @Override
    public Mono<Void> publish(List<EventEnvelope<? extends GridlineEvent>> events) {
        if (down) {
            return Mono.error(new BrokerUnavailableException((Throwable) null));
        }
        published.addAll(events);
        return Mono.empty();
    }
}
