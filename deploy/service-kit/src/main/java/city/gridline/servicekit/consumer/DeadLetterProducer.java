package city.gridline.servicekit.consumer;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The producer dead letters are written with: the binder's brokers and its client settings
 * ({@code spring.cloud.stream.kafka.binder.configuration} and {@code .producer-properties}: security, time-outs,
 * idempotence), acknowledged by all replicas, the records' bytes as they were consumed.
 */
public class DeadLetterProducer implements DisposableBean {

    private static final String BINDER = "spring.cloud.stream.kafka.binder";

    private final DefaultKafkaProducerFactory<byte[], byte[]> factory;
    private final KafkaTemplate<byte[], byte[]> template;

    public DeadLetterProducer(Environment environment) {
        this.factory = new DefaultKafkaProducerFactory<>(settings(environment),
                new ByteArraySerializer(), new ByteArraySerializer());
        this.template = new KafkaTemplate<>(factory);
    }

    static Map<String, Object> settings(Environment environment) {
        Binder binder = Binder.get(environment);
        Bindable<Map<String, String>> map = Bindable.mapOf(String.class, String.class);
        Map<String, Object> settings = new HashMap<>(binder.bind(BINDER + ".configuration", map).orElse(Map.of()));
        settings.putAll(binder.bind(BINDER + ".producer-properties", map).orElse(Map.of()));
        List<String> brokers = binder.bind(BINDER + ".brokers", Bindable.listOf(String.class)).orElse(List.of("localhost"));
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers.stream()
                .map(broker -> broker.contains(":") ? broker : broker + ":9092") // the binder's default port
                .collect(Collectors.joining(",")));
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.CLIENT_ID_CONFIG,
                environment.getProperty("spring.application.name", "gridline") + "-dead-letters");
        return settings;
    }

    public KafkaTemplate<byte[], byte[]> template() {
        return template;
    }

    @Override
    public void destroy() {
        factory.destroy();
    }
}
