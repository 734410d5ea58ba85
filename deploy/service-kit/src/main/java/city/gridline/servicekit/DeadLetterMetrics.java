package city.gridline.servicekit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.SubscribableChannel;
import org.springframework.messaging.support.ErrorMessage;

/**
 * {@code gridline.dead.letters{topic}}: messages a consumer gave up on after its retries. Spring Cloud Stream
 * sends every such failure to the global error channel as well as to the binding's dead-letter topic, so counting
 * there counts dead letters without touching the binder's recovery.
 */
public class DeadLetterMetrics implements MessageHandler {

    private final MeterRegistry registry;

    public DeadLetterMetrics(MeterRegistry registry, SubscribableChannel errorChannel) {
        this.registry = registry;
        errorChannel.subscribe(this);
    }

    @Override
    public void handleMessage(Message<?> message) throws MessagingException {
        Counter.builder("gridline.dead.letters")
                .description("Messages a consumer could not handle after its retries (sent to its dead-letter topic)")
                .tag("topic", topicOf(message))
                .register(registry)
                .increment();
    }

    private static String topicOf(Message<?> message) {
        Message<?> failed = message instanceof ErrorMessage error && error.getOriginalMessage() != null
                ? error.getOriginalMessage()
                : message.getPayload() instanceof MessagingException failure ? failure.getFailedMessage() : null;
        Object topic = failed == null ? null : failed.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC);
        return topic == null ? "unknown" : topic.toString();
    }
}
