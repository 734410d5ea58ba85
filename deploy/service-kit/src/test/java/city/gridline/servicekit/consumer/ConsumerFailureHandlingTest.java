package city.gridline.servicekit.consumer;

import city.gridline.contracts.event.UndecodableEventException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedRuntimeException;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.mock.MockProducerFactory;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real error handler the customizer gives a binding, driven as the listener container drives it: a failed
 * record with the record after it. "Handled again" shows as the consumer sought back to the failed record (and the
 * handler throwing, as it does to tell the container that the record is not done with); "done with" as the
 * consumer sought to the record after it.
 */
class ConsumerFailureHandlingTest {

    private static final String TOPIC = "reports.received";
    private static final String DEAD_LETTERS = "reports.received.grid.dlq";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 2);
    private static final BackOff THREE_ATTEMPTS = new FixedBackOff(0L, 2L);
    private static final BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> DLQ =
            (record, failure) -> new TopicPartition(DEAD_LETTERS, record.partition());

    private final MockProducer<byte[], byte[]> broker =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ConsumerFailureHandling handling = new ConsumerFailureHandling(
            new KafkaTemplate<>(new MockProducerFactory<>(() -> broker)), new DeadLetterMetrics(registry),
            new FixedBackOff(0L, FixedBackOff.UNLIMITED_ATTEMPTS));
    private final ConsumerRecord<byte[], byte[]> failed = record(40);
    private final ConsumerRecord<byte[], byte[]> next = record(41);
    private ConcurrentMessageListenerContainer<byte[], byte[]> container;

    @BeforeEach
    void assignThePartition() {
        consumer.assign(List.of(PARTITION));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
    }

    @Test
    void aRecordThatKeepsFailingIsDeadLetteredAfterTheBindingsAttemptsAndThenLeftBehind() {
        CommonErrorHandler handler = configured(DLQ, THREE_ATTEMPTS);

        failAndExpectRedelivery(handler, failure(new IllegalStateException("no such team")));
        failAndExpectRedelivery(handler, failure(new IllegalStateException("no such team")));
        handler.handleRemaining(failure(new IllegalStateException("no such team")), List.of(failed, next), consumer,
                container);

        assertThat(consumer.position(PARTITION)).isEqualTo(next.offset());
        assertThat(broker.history()).singleElement().satisfies(letter -> {
            assertThat(letter.topic()).isEqualTo(DEAD_LETTERS);
            assertThat(letter.partition()).isEqualTo(PARTITION.partition());
            assertThat(letter.value()).isEqualTo(failed.value());
            assertThat(header(letter, "x-original-topic")).isEqualTo(TOPIC);
            assertThat(header(letter, "x-exception-message")).isEqualTo("no such team");
        });
        assertThat(deadLettersCounted()).isEqualTo(1.0);
    }

    @Test
    void aDeadLetterThatCannotBeWrittenLeavesTheRecordToBeHandledAgainNotCommitted() {
        CommonErrorHandler handler = configured(DLQ, THREE_ATTEMPTS);
        broker.sendException = new TimeoutException("Topic reports.received.grid.dlq not present in metadata");

        for (int attempt = 1; attempt <= 6; attempt++) {
            failAndExpectRedelivery(handler, failure(new IllegalStateException("no such team")));
        }
        assertThat(broker.history()).isEmpty();
        assertThat(deadLettersCounted()).isZero();

        broker.sendException = null;
        failAndExpectRedelivery(handler, failure(new IllegalStateException("no such team")));
        failAndExpectRedelivery(handler, failure(new IllegalStateException("no such team")));
        handler.handleRemaining(failure(new IllegalStateException("no such team")), List.of(failed, next), consumer,
                container);

        assertThat(consumer.position(PARTITION)).isEqualTo(next.offset());
        assertThat(broker.history()).hasSize(1);
        assertThat(deadLettersCounted()).isEqualTo(1.0);
    }

    @Test
    void anOutageIsWaitedOutForAsLongAsItLastsAndNeverMakesADeadLetter() {
        CommonErrorHandler handler = configured(DLQ, THREE_ATTEMPTS);
        Exception brokerDown = failure(new IllegalStateException("send failed",
                new TimeoutException("Expiring 1 record(s) for reports.located-3")));

        for (int attempt = 1; attempt <= 50; attempt++) {
            failAndExpectRedelivery(handler, brokerDown);
        }

        assertThat(broker.history()).isEmpty();
        assertThat(deadLettersCounted()).isZero();
    }

    @Test
    void aPayloadThatIsNotAGridlineEventIsDeadLetteredAtOnce() {
        CommonErrorHandler handler = configured(DLQ, THREE_ATTEMPTS);

        handler.handleRemaining(failure(new UndecodableEventException("unknown event type gridline.nonsense.v1")),
                List.of(failed, next), consumer, container);

        assertThat(consumer.position(PARTITION)).isEqualTo(next.offset());
        assertThat(broker.history()).singleElement()
                .satisfies(letter -> assertThat(header(letter, "x-exception-message"))
                        .isEqualTo("unknown event type gridline.nonsense.v1"));
    }

    @Test
    void withoutADeadLetterTopicARecordIsLeftBehindAfterItsAttemptsAndNothingIsWritten() {
        CommonErrorHandler handler = configured(null, THREE_ATTEMPTS);

        failAndExpectRedelivery(handler, failure(new IllegalStateException("no such team")));
        failAndExpectRedelivery(handler, failure(new IllegalStateException("no such team")));
        handler.handleRemaining(failure(new IllegalStateException("no such team")), List.of(failed, next), consumer,
                container);

        assertThat(consumer.position(PARTITION)).isEqualTo(next.offset());
        assertThat(broker.history()).isEmpty();
    }

    @Test
    void aBindingThatDeadLettersWithoutRetriesIsRefusedAtStartUp() {
        assertThatThrownBy(() -> configured(DLQ, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("max-attempts");
    }

    private CommonErrorHandler configured(BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlq,
                                          BackOff backOff) {
        ContainerProperties properties = new ContainerProperties(TOPIC);
        properties.setGroupId("grid");
        container = new ConcurrentMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(Map.of()), properties) {
            @Override
            public boolean isRunning() {
                return true;
            }
        };
        handling.configure(container, TOPIC, "grid", dlq, backOff);
        return container.getCommonErrorHandler();
    }

    private void failAndExpectRedelivery(CommonErrorHandler handler, Exception failure) {
        assertThatThrownBy(() -> handler.handleRemaining(failure, List.of(failed, next), consumer, container))
                .isInstanceOf(NestedRuntimeException.class);
        assertThat(consumer.position(PARTITION)).isEqualTo(failed.offset());
    }

    private static Exception failure(Exception cause) {
        return new ListenerExecutionFailedException("Listener failed", "grid", cause);
    }

    private static ConsumerRecord<byte[], byte[]> record(long offset) {
        return new ConsumerRecord<>(TOPIC, PARTITION.partition(), offset, "R-1".getBytes(StandardCharsets.UTF_8),
                ("{\"offset\":" + offset + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static String header(ProducerRecord<byte[], byte[]> letter, String name) {
        Header header = letter.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private double deadLettersCounted() {
        Counter counter = registry.find("gridline.dead.letters").tag("topic", TOPIC).counter();
        return counter == null ? 0.0 : counter.count();
    }
}
