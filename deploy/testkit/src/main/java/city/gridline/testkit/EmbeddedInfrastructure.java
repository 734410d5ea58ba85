package city.gridline.testkit;

import city.gridline.localstack.mongo.IndexedBackends;
import de.bwaldvogel.mongo.MongoServer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.net.InetSocketAddress;

/** spring-kafka-test's embedded KRaft broker and an in-memory mongo-java-server, both on loopback. */
final class EmbeddedInfrastructure implements GridlineInfrastructure {

    /** As many partitions as the services' binders ask for, so that no topic is created smaller than they expect. */
    private static final int PARTITIONS = 6;

    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;
    private final InetSocketAddress mongoAddress;

    EmbeddedInfrastructure() {
        kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.afterPropertiesSet();
        mongo = new MongoServer(IndexedBackends.memory());
        mongoAddress = mongo.bind();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "gridline-testkit-stop"));
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String mongoUri() {
        return "mongodb://" + mongoAddress.getHostString() + ":" + mongoAddress.getPort();
    }

    @Override
    public String description() {
        return "embedded KRaft broker at " + kafkaBootstrapServers() + ", mongo-java-server at " + mongoUri();
    }

    private void stop() {
        mongo.shutdownNow();
        kafka.destroy();
    }
}
