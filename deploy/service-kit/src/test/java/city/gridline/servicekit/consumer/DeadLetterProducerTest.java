package city.gridline.servicekit.consumer;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterProducerTest {

    @Test
    void deadLettersGoToTheBindersBrokersWithItsClientSettingsAcknowledgedByAll() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.application.name", "grid-service")
                .withProperty("spring.cloud.stream.kafka.binder.brokers", "kafka-1:9093,kafka-2")
                .withProperty("spring.cloud.stream.kafka.binder.configuration.security.protocol", "SSL")
                .withProperty("spring.cloud.stream.kafka.binder.producer-properties.delivery.timeout.ms", "10000")
                .withProperty("spring.cloud.stream.kafka.binder.producer-properties.acks", "1");

        assertThat(DeadLetterProducer.settings(environment))
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka-1:9093,kafka-2:9092")
                .containsEntry("security.protocol", "SSL")
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "grid-service-dead-letters");
    }
}
