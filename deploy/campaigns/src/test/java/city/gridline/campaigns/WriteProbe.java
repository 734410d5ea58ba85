package city.gridline.campaigns;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** Snapshots of everything the services store: the Gridline databases' document counts and the topics' end offsets. */
final class WriteProbe implements AutoCloseable {

    private static final Duration QUIET = Duration.ofMillis(500);
    private static final Duration SETTLE_AT_MOST = Duration.ofSeconds(20);

    private final MongoClient mongo;
    private final Admin kafka;

    WriteProbe(String mongoUri, String kafkaBootstrapServers) {
        this.mongo = MongoClients.create(mongoUri);
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers);
        this.kafka = Admin.create(properties);
    }

    StoreSnapshot snapshot() {
        Map<String, Long> counts = new HashMap<>();
        for (String database : mongo.listDatabaseNames()) {
            if (!database.startsWith("gridline")) {
                continue;
            }
            MongoDatabase db = mongo.getDatabase(database);
            for (String collection : db.listCollectionNames()) {
                counts.put(database + "." + collection, db.getCollection(collection).estimatedDocumentCount());
            }
        }
        counts.putAll(topicEndOffsets());
        return new StoreSnapshot(counts);
    }

    /**
     * Waits until nothing changes for a while: an accepted request sets the pipeline going (located, dispatched,
     * notified), and a later refused request must not be blamed for its writes.
     */
    StoreSnapshot settle() {
        Instant deadline = Instant.now().plus(SETTLE_AT_MOST);
        StoreSnapshot last = snapshot();
        while (Instant.now().isBefore(deadline)) {
            pause(QUIET);
            StoreSnapshot now = snapshot();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /**
     * Waits until the collection ({@code database.collection}) holds a document: for a write a service makes once,
     * on its own, some time after its start, which a refused request must not be blamed for.
     */
    void awaitDocumentIn(String databaseAndCollection, Duration atMost) {
        int dot = databaseAndCollection.indexOf('.');
        MongoDatabase database = mongo.getDatabase(databaseAndCollection.substring(0, dot));
        String collection = databaseAndCollection.substring(dot + 1);
        Instant deadline = Instant.now().plus(atMost);
        while (database.getCollection(collection).estimatedDocumentCount() == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("nothing was written to " + databaseAndCollection + " in " + atMost);
            }
            pause(QUIET);
        }
    }

    private Map<String, Long> topicEndOffsets() {
        try {
            Set<String> topics = kafka.listTopics().names().get(10, TimeUnit.SECONDS);
            Map<String, TopicDescription> descriptions = kafka.describeTopics(topics).allTopicNames()
                    .get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = descriptions.values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = kafka.listOffsets(latest).all()
                    .get(10, TimeUnit.SECONDS);
            return offsets.entrySet().stream().collect(Collectors.toMap(
                    e -> e.getKey().topic() + ":" + e.getKey().partition(), e -> e.getValue().offset()));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the topics' end offsets", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        kafka.close();
        mongo.close();
    }
}
