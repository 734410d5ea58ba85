package city.gridline.testkit;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class of every service's {@code *IT}: points the Kafka binder and the MongoDB client at the shared
 * infrastructure, and makes the service trust the test issuer ({@link TestCallers}). Each service keeps the database
 * name of its own configuration.
 */
public abstract class ServiceIntegrationTest {

    protected static final GridlineInfrastructure INFRASTRUCTURE = GridlineInfrastructure.shared();

    @DynamicPropertySource
    static void infrastructureProperties(DynamicPropertyRegistry registry) {
        INFRASTRUCTURE.outliveTheServicesOfThisJvm();
        registry.add("spring.cloud.stream.kafka.binder.brokers", INFRASTRUCTURE::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", INFRASTRUCTURE::mongoUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestCallers::publicKeyLocation);
        // A 2-core CI machine running a broker and a service in one JVM can take more than the default 5 s.
        registry.add("spring.test.webtestclient.timeout", () -> "60s");
        // Each cached context closes its Reactor Netty resources at the JVM's exit, by default after a 2 s quiet
        // period, one context after the other (in intake's tests, 14 s of the fork's exit).
        registry.add("spring.reactor.netty.shutdown-quiet-period", () -> "0s");
        // The embedded broker logs through the service's logging in the same JVM; its INFO chatter hides failures.
        registry.add("logging.level.kafka", () -> "WARN");
        registry.add("logging.level.org.apache.kafka", () -> "WARN");
        registry.add("logging.level.state.change.logger", () -> "WARN");
    }
}
