package city.gridline.servicekit;

import city.gridline.contracts.event.CloudEventHeaders;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.nio.charset.StandardCharsets;

/**
 * Publishes envelopes through Spring Cloud Stream bindings as Kafka records: the JSON envelope as payload, the
 * aggregate id as key (one report, one case: one partition, in order), the CloudEvents attributes as headers.
 * The bindings' producers are synchronous with acks=all, so a send returns once the broker has the event.
 */
public class EventMessages {

    private final StreamBridge bridge;
    private final EventCodec codec;

    public EventMessages(StreamBridge bridge, EventCodec codec) {
        this.bridge = bridge;
        this.codec = codec;
    }

    /**
     * Sends the event through the binding; fails with {@link EventNotPublishedException} when the broker did not take
     * it, whether the binder says so or throws (a synchronous send that timed out or was refused).
     */
    public void publish(String binding, EventEnvelope<?> event) {
        boolean sent;
        try {
            sent = bridge.send(binding, message(event));
        } catch (RuntimeException refused) {
            throw new EventNotPublishedException(event, refused);
        }
        if (!sent) {
            throw new EventNotPublishedException(event, null);
        }
    }

    public Message<byte[]> message(EventEnvelope<?> event) {
        return MessageBuilder.withPayload(codec.encode(event))
                .copyHeaders(CloudEventHeaders.encoded(event))
                .setHeader(KafkaHeaders.KEY, event.aggregateId().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    public EventCodec codec() {
        return codec;
    }

    /** The broker did not acknowledge an event. */
    public static class EventNotPublishedException extends RuntimeException {

        EventNotPublishedException(EventEnvelope<?> event, Throwable cause) {
            super("the broker did not take " + event.type() + " " + event.eventId(), cause);
        }
    }
}
