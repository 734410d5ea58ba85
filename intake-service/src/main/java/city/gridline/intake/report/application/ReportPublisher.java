package city.gridline.intake.report.application;

import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.GridlineEvent;
import reactor.core.publisher.Mono;

import java.util.List;

/** Hands a report's events to the broker, in order; completes only once the broker has acknowledged them all. */
public interface ReportPublisher {

    /** Fails with {@link BrokerUnavailableException} when the broker did not take an event. */
    Mono<Void> publish(List<EventEnvelope<? extends GridlineEvent>> events);
}
