package city.gridline.servicekit.consumer;

import city.gridline.contracts.event.UndecodableEventException;
import city.gridline.servicekit.Outages;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.util.function.BiFunction;

/**
 * What a Gridline consumer does with a record it failed to handle. The binder's own dead-lettering logs a failed
 * dead-letter send and commits the record anyway, so a broker outage at the wrong moment loses it; here retries
 * and dead letters move into the listener container, where the offset is committed only after the dead letter
 * is written — a record whose dead letter could not be written is sought and handled again.
 * <ul>
 *   <li>an outage (broker or database unreachable, see {@link Outages}) is waited out with {@code outageBackOff},
 *       however long it lasts: the record is not at fault, so it never becomes a dead letter for it;</li>
 *   <li>a payload that is not a Gridline event is dead-lettered at once;</li>
 *   <li>any other failure is retried as the binding says ({@code max-attempts}, {@code back-off-*}), then
 *       dead-lettered to the binding's {@code dlq-name}, with the binder's {@code x-original-*} and
 *       {@code x-exception-*} headers, and counted in {@code gridline.dead.letters}.</li>
 * </ul>
 */
public class ConsumerFailureHandling implements ListenerContainerWithDlqAndRetryCustomizer {

    private final KafkaOperations<byte[], byte[]> deadLetters;
    private final DeadLetterMetrics metrics;
    private final BackOff outageBackOff;

    public ConsumerFailureHandling(KafkaOperations<byte[], byte[]> deadLetters, DeadLetterMetrics metrics,
                                   BackOff outageBackOff) {
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.outageBackOff = outageBackOff;
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff) {
        if (backOff == null && dlqDestinationResolver != null) {
            // With max-attempts 1 the binder keeps dead-lettering itself, the lossy way this class replaces.
            throw new IllegalStateException("The binding of " + destinationName + " (group " + group
                    + ") dead-letters without retries: give it max-attempts of 2 or more");
        }
        if (dlqDestinationResolver != null) {
            metrics.expect(destinationName);
        }
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer(dlqDestinationResolver),
                backOff == null ? new FixedBackOff(0L, 0L) : backOff);
        handler.addNotRetryableExceptions(UndecodableEventException.class);
        handler.setBackOffFunction((record, failure) -> Outages.isOutage(failure) ? outageBackOff : null);
        container.setCommonErrorHandler(handler);
    }

    /** Without a dead-letter topic the error handler's own recoverer logs the record and skips it. */
    private ConsumerRecordRecoverer recoverer(
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver) {
        if (dlqDestinationResolver == null) {
            return null;
        }
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(deadLetters, dlqDestinationResolver);
        publisher.setHeaderNamesSupplier(BinderDeadLetterHeaders::names);
        return (record, failure) -> {
            publisher.accept(record, meaningful(failure));
            metrics.written(record.topic());
        };
    }

    /** The handler's own exception, not the container's and binder's wrappers around it. */
    private static Exception meaningful(Exception failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        return cause instanceof Exception exception ? exception : failure;
    }
}
