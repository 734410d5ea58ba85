package city.gridline.dispatch.cases.adapter.kafka;

import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CloudEventHeaders;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.dispatch.cases.application.CaseEventPublisher;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.nio.charset.StandardCharsets;

/** Publishes through {@code caseEvents-out-0}, a synchronous acks=all producer keyed by case number. */
public class KafkaCaseEventPublisher implements CaseEventPublisher {

    static final String BINDING = "caseEvents-out-0";

    private final StreamBridge bridge;
    private final EventCodec codec;

    public KafkaCaseEventPublisher(StreamBridge bridge, EventCodec codec) {
        this.bridge = bridge;
        this.codec = codec;
    }

    @Override
    public void publish(EventEnvelope<CaseEvent> event) {
        Message<byte[]> message = MessageBuilder.withPayload(codec.encode(event))
                .copyHeaders(CloudEventHeaders.encoded(event))
                .setHeader(KafkaHeaders.KEY, event.aggregateId().getBytes(StandardCharsets.UTF_8))
                .build();
        if (!bridge.send(BINDING, message)) {
            throw new IllegalStateException("the broker did not take " + event.type() + " " + event.eventId());
        }
    }
}
