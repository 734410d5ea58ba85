package city.gridline.testkit;

import org.testcontainers.DockerClientFactory;

/**
 * A real Kafka broker and a real MongoDB-protocol server for integration tests, started once per JVM and shared
 * by every test class. Where Docker runs, they are Testcontainers (Apache Kafka in KRaft mode, MongoDB);
 * elsewhere an embedded KRaft broker and mongo-java-server. {@code GRIDLINE_IT_INFRASTRUCTURE=embedded} or
 * {@code =containers} overrides the choice.
 */
public interface GridlineInfrastructure {

    String kafkaBootstrapServers();

    /** A connection string without a database: each service names its own database. */
    String mongoUri();

    /** What runs underneath, for test reports. */
    String description();

    /**
     * Called where services run as Spring applications in this JVM: keeps the infrastructure up until their contexts
     * are closed at the JVM's exit, so that closing them does not wait on a broker or database that is gone.
     */
    default void outliveTheServicesOfThisJvm() {
    }

    static GridlineInfrastructure shared() {
        return SharedInfrastructure.INSTANCE;
    }

    final class SharedInfrastructure {

        private static final GridlineInfrastructure INSTANCE = start();

        private SharedInfrastructure() {
        }

        private static GridlineInfrastructure start() {
            String choice = System.getenv().getOrDefault("GRIDLINE_IT_INFRASTRUCTURE", "auto");
            boolean containers = switch (choice) {
                case "containers" -> true;
                case "embedded" -> false;
                default -> DockerClientFactory.instance().isDockerAvailable();
            };
            GridlineInfrastructure infrastructure = containers ? new ContainerInfrastructure() : new EmbeddedInfrastructure();
            System.out.println("[gridline-testkit] integration infrastructure: " + infrastructure.description());
            return infrastructure;
        }
    }
}
