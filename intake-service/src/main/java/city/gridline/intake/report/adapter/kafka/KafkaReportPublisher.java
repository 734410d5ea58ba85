package city.gridline.intake.report.adapter.kafka;

import city.gridline.contracts.event.CloudEventHeaders;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.intake.report.application.BrokerUnavailableException;
import city.gridline.intake.report.application.ReportPublisher;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;

/**
 * Publishes through the {@code reports-out-0} binding, whose producer is synchronous with acks=all: a send returns
 * only when the broker has the event durably, or fails.
 */
public class KafkaReportPublisher implements ReportPublisher {

    static final String BINDING = "reports-out-0";

    private final StreamBridge bridge;
    private final EventCodec codec;

    public KafkaReportPublisher(StreamBridge bridge, EventCodec codec) {
        this.bridge = bridge;
        this.codec = codec;
    }

    @Override
    public Mono<Void> publish(EventEnvelope<ReportReceived> event) {
        return Mono.fromCallable(() -> bridge.send(BINDING, message(event)))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(BrokerUnavailableException::new)
                .flatMap(sent -> sent ? Mono.<Void>empty() : Mono.error(new BrokerUnavailableException(null)));
    }

    private Message<byte[]> message(EventEnvelope<?> event) {
        return MessageBuilder.withPayload(codec.encode(event))
                .copyHeaders(CloudEventHeaders.encoded(event))
                .setHeader(KafkaHeaders.KEY, event.aggregateId().getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
