package city.gridline.intake.report.adapter.kafka;

import city.gridline.contracts.Topics;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.GridlineEvent;
import city.gridline.intake.report.application.BrokerUnavailableException;
import city.gridline.intake.report.application.ReportPublisher;
import city.gridline.servicekit.EventMessages;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Map;

/**
 * Publishes through the {@code reports-out-0} ({@code reports.received}) and {@code reporters-out-0}
 * ({@code reports.reporters}) bindings, whose producers are synchronous with acks=all: a send returns only when the
 * broker has the event durably, or fails. The sends block, so they run off the event loop, each on its own worker:
 * a report's events go to different topics, so they are in flight together and the caller waits for the slower
 * acknowledgement, not for the sum of both.
 */
public class KafkaReportPublisher implements ReportPublisher {

    private static final Map<String, String> BINDINGS = Map.of(
            Topics.REPORTS_RECEIVED, "reports-out-0",
            Topics.REPORTS_REPORTERS, "reporters-out-0");

    private final EventMessages messages;

    public KafkaReportPublisher(EventMessages messages) {
        this.messages = messages;
    }

    @Override
    public Mono<Void> publish(List<EventEnvelope<? extends GridlineEvent>> events) {
        return Flux.fromIterable(events)
                .flatMap(event -> Mono.fromRunnable(() -> messages.publish(binding(event), event))
                        .subscribeOn(Schedulers.boundedElastic()))
                .then()
                .onErrorMap(e -> !(e instanceof IllegalArgumentException), BrokerUnavailableException::new);
    }

    private static String binding(EventEnvelope<?> event) {
        String binding = BINDINGS.get(event.topic());
        if (binding == null) {
            throw new IllegalArgumentException("intake does not publish on " + event.topic());
        }
        return binding;
    }
}
