package city.gridline.testkit;

import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * Reads and writes topics of the shared broker directly, as an outside observer: what the services published,
 * what they dead-lettered, and poison messages to feed them.
 */
public final class TopicProbe {

    private final String bootstrapServers;
    private final EventCodec codec = new EventCodec();

    public TopicProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Waits for the first event on the topic, read from its beginning, that matches. */
    public Optional<EventEnvelope<?>> awaitEvent(String topic, Predicate<EventEnvelope<?>> matching, Duration timeout) {
        return awaitRecord(topic, record -> matching.test(codec.decode(record.value())), timeout)
                .map(record -> codec.decode(record.value()));
    }

    /** Every event on the topic, from its beginning, that matches, once the topic has been quiet for a while. */
    public List<EventEnvelope<?>> events(String topic, Predicate<EventEnvelope<?>> matching, Duration quiet) {
        List<EventEnvelope<?>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumerOf(topic)) {
            while (true) {
                var records = consumer.poll(quiet);
                if (records.isEmpty()) {
                    return found;
                }
                records.forEach(record -> {
                    EventEnvelope<?> event = codec.decode(record.value());
                    if (matching.test(event)) {
                        found.add(event);
                    }
                });
            }
        }
    }

    /** Waits for the first raw record on the topic, read from its beginning, that matches. */
    public Optional<ConsumerRecord<String, byte[]>> awaitRecord(String topic,
                                                                Predicate<ConsumerRecord<String, byte[]>> matching,
                                                                Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, byte[]> consumer = consumerOf(topic)) {
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    if (matching.test(record)) {
                        return Optional.of(record);
                    }
                }
            }
        }
        return Optional.empty();
    }

    public void send(String topic, String key, byte[] payload, Map<String, byte[]> headers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload);
            headers.forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e.getCause());
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, byte[]> consumerOf(String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "gridline-probe-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Topics belong to the services' binders: the probe must neither create one with the broker's default
        // partition count nor miss partitions that a binder adds after the probe subscribed.
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        properties.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500");
        KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }
}
