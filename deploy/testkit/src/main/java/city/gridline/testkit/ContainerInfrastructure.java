package city.gridline.testkit;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/** Apache Kafka (KRaft) and MongoDB in containers; Testcontainers' reaper removes them when the JVM exits. */
final class ContainerInfrastructure implements GridlineInfrastructure {

    private final KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:4.1.2"));
    private final MongoDBContainer mongo = new MongoDBContainer(DockerImageName.parse("mongo:8.0"));

    ContainerInfrastructure() {
        kafka.start();
        mongo.start();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.getConnectionString();
    }

    @Override
    public String description() {
        return "Testcontainers: " + kafka.getDockerImageName() + " at " + kafkaBootstrapServers() + ", "
                + mongo.getDockerImageName() + " at " + mongoUri();
    }
}
