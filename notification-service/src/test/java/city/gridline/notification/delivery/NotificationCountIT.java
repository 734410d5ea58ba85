package city.gridline.notification.delivery;

import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.notification.delivery.adapter.mongo.MongoNotificationStore;
import city.gridline.notification.delivery.domain.NotificationFixture;
import city.gridline.notification.delivery.domain.NotificationState;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.SimpleReactiveMongoDatabaseFactory;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found in review: the gauge of stored notifications by state grouped the whole collection at every delivery poll,
 * on every instance every few seconds, though nearly all of it is sent and stays so. The store runs here on a
 * database of its own, through a client that records the commands reading the notifications.
 */
class NotificationCountIT extends NotificationIntegrationTest {

    private static final Set<String> READING = Set.of("aggregate", "count", "find", "distinct");

    @Autowired
    ReactiveMongoTemplate mongo;

    private final List<String> reads = new CopyOnWriteArrayList<>();
    private final String database = "notification_counts_" + UUID.randomUUID().toString().replace("-", "");
    private MongoClient client;
    private MongoNotificationStore store;

    @BeforeEach
    void aStoreWhoseReadsAreRecorded() {
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(INFRASTRUCTURE.mongoUri()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        BsonValue target = event.getCommand().get(event.getCommandName());
                        if (READING.contains(event.getCommandName()) && target != null && target.isString()
                                && target.asString().getValue().equals("notifications")) {
                            reads.add(event.getCommand().toJson());
                        }
                    }
                })
                .build());
        store = new MongoNotificationStore(new ReactiveMongoTemplate(
                new SimpleReactiveMongoDatabaseFactory(client, database), mongo.getConverter()));
        store.afterPropertiesSet();
    }

    /** Emptied, not dropped: the in-JVM stand-in for MongoDB fails to drop a database with indexes. */
    @AfterEach
    void emptyTheDatabase() {
        Mono.from(client.getDatabase(database).getCollection("notifications").deleteMany(new BsonDocument())).block();
        client.close();
    }

    @Test
    void theCountByStateReadsNoSentNotification() {
        Instant now = Instant.now();
        for (int i = 0; i < 5; i++) {
            store.insertIfAbsent(NotificationFixture.aPendingTeamSms(now).delivered(List.of())).block();
        }
        store.insertIfAbsent(NotificationFixture.aPendingTeamSms(now)).block();
        store.insertIfAbsent(NotificationFixture.aPendingTeamSms(now).rejected(List.of(), "空号")).block();
        store.insertIfAbsent(NotificationFixture.aPendingTeamSms(now).held()).block();
        reads.clear();

        Map<NotificationState, Long> counts = store.countByState().block();

        assertThat(counts).containsEntry(NotificationState.SENT, 5L).containsEntry(NotificationState.PENDING, 1L)
                .containsEntry(NotificationState.DEAD, 1L).containsEntry(NotificationState.HELD, 1L);
        assertThat(counts.getOrDefault(NotificationState.FAILED, 0L)).isZero();
        assertThat(counts.getOrDefault(NotificationState.DISCARDED, 0L)).isZero();
        assertThat(reads).isNotEmpty().allSatisfy(read -> {
            BsonDocument command = BsonDocument.parse(read);
            if (command.containsKey("aggregate")) {
                BsonDocument match = command.getArray("pipeline").get(0).asDocument()
                        .getDocument("$match", new BsonDocument());
                assertThat(match.toJson()).as("selects the states it counts: " + read).contains("state")
                        .doesNotContain(NotificationState.SENT.name());
            } else {
                assertThat(command.containsKey("count")).as(read).isTrue();
                assertThat(command.containsKey("query")).as("the collection's stored count: " + read).isFalse();
            }
        });
    }
}
