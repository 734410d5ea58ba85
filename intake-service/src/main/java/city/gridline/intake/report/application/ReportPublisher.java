package city.gridline.intake.report.application;

import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportReceived;
import reactor.core.publisher.Mono;

/** Hands a report to the broker; completes only once the broker has acknowledged it durably. */
public interface ReportPublisher {

    /** Fails with {@link BrokerUnavailableException} when the broker did not take the event. */
    Mono<Void> publish(EventEnvelope<ReportReceived> event);
}
