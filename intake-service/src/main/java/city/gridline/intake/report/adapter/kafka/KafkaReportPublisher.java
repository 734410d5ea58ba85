package city.gridline.intake.report.adapter.kafka;

import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.intake.report.application.BrokerUnavailableException;
import city.gridline.intake.report.application.ReportPublisher;
import city.gridline.servicekit.EventMessages;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes through the {@code reports-out-0} binding, whose producer is synchronous with acks=all: a send returns
 * only when the broker has the event durably, or fails. The send blocks, so it runs off the event loop.
 */
public class KafkaReportPublisher implements ReportPublisher {

    static final String BINDING = "reports-out-0";

    private final EventMessages messages;

    public KafkaReportPublisher(EventMessages messages) {
        this.messages = messages;
    }

    @Override
    public Mono<Void> publish(EventEnvelope<ReportReceived> event) {
        return Mono.<Void>fromRunnable(() -> messages.publish(BINDING, event))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(BrokerUnavailableException::new);
    }
}
