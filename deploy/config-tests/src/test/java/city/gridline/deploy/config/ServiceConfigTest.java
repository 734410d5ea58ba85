package city.gridline.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The facts the deploy files are checked against, and the conventions they rely on. */
class ServiceConfigTest {

    private final List<ServiceConfig> services = ServiceConfig.all();

    @Test
    void theFourServicesAreFoundInTheRootPom() {
        assertThat(services).extracting(ServiceConfig::module)
                .contains("intake-service", "grid-service", "dispatch-service", "notification-service");
    }

    @Test
    void eachServiceIsNamedAfterItsModule() {
        // Compose services, Deployments, Prometheus jobs and the `application` tag all use this one name.
        assertThat(services).allSatisfy(service -> assertThat(service.name()).isEqualTo(service.module()));
    }

    @Test
    void portsAreDistinct() {
        assertThat(services).extracting(ServiceConfig::port).doesNotHaveDuplicates();
    }

    @Test
    void deadLetterTopicsAreNamedAfterTopicAndGroup() {
        assertThat(services).allSatisfy(service -> service.deadLetters().forEach((deadLetters, source) ->
                assertThat(deadLetters).isEqualTo(source + "." + service.consumed().get(source) + ".dlq")));
    }

    @Test
    void theDocumentedEnvironmentVariablesBindToPropertiesOfEveryService() {
        assertThat(services).allSatisfy(service -> assertThat(service.environment()).contains(
                "SERVER_PORT", "SPRING_MONGODB_URI", "SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS",
                "SPRING_CLOUD_STREAM_KAFKA_BINDER_REPLICATION_FACTOR"));
    }
}
