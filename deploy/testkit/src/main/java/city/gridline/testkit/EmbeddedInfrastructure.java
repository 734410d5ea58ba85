package city.gridline.testkit;

import city.gridline.localstack.mongo.IndexedBackends;
import de.bwaldvogel.mongo.MongoServer;
import org.springframework.boot.SpringApplication;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * spring-kafka-test's embedded KRaft broker and an in-memory mongo-java-server, both on loopback, stopped when the JVM
 * exits: by a shutdown hook of their own, or, where services run in this JVM, once Spring has closed their contexts.
 * Both hooks run at once, and a service whose broker and database went first waits out its shutdown phase's 30 s
 * (a scheduled outbox relay blocked on a send, for one), long enough for Surefire to kill the fork.
 */
final class EmbeddedInfrastructure implements GridlineInfrastructure {

    /** As many partitions as the services' binders ask for, so that no topic is created smaller than they expect. */
    private static final int PARTITIONS = 6;

    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;
    private final InetSocketAddress mongoAddress;
    private final AtomicBoolean stopsAfterTheServices = new AtomicBoolean();

    EmbeddedInfrastructure() {
        kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.afterPropertiesSet();
        mongo = new MongoServer(IndexedBackends.memory());
        mongoAddress = mongo.bind();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!stopsAfterTheServices.get()) {
                stop();
            }
        }, "gridline-testkit-stop"));
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

    @Override
    public void outliveTheServicesOfThisJvm() {
        if (stopsAfterTheServices.compareAndSet(false, true)) {
            // run by Spring's own shutdown hook after it has closed every application context
            SpringApplication.getShutdownHandlers().add(this::stop);
        }
    }

    private void stop() {
        mongo.shutdownNow();
        kafka.destroy();
    }
}
