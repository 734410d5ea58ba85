package city.gridline.localstack.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdLookupIndexTest {

    @TempDir
    Path directory;

    private MongoBackend backendUnderTest;
    private MongoServer server;
    private MongoClient client;

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "memory"})
    void aFilterOnTheIdAndMoreMatchesAsMongoDbDoes(String backend) {
        MongoCollection<org.bson.Document> cases = cases(backend);
        cases.insertMany(List.of(new org.bson.Document("_id", "261124-00001").append("version", 1),
                new org.bson.Document("_id", "261124-00002").append("version", 2),
                new org.bson.Document("_id", "261124-00003").append("version", 2)));

        assertThat(ids(cases, Filters.and(Filters.eq("_id", "261124-00002"), Filters.eq("version", 2))))
                .containsExactly("261124-00002");
        assertThat(ids(cases, Filters.and(Filters.eq("_id", "261124-00002"), Filters.eq("version", 1)))).isEmpty();
        assertThat(ids(cases, Filters.and(Filters.eq("_id", "261124-00009"), Filters.eq("version", 2)))).isEmpty();

        Bson compareAndSet = Filters.and(Filters.eq("_id", "261124-00003"), Filters.eq("version", 2));
        assertThat(cases.updateOne(compareAndSet, Updates.set("version", 3)).getModifiedCount()).isEqualTo(1);
        assertThat(cases.updateOne(compareAndSet, Updates.set("version", 3)).getModifiedCount()).isZero();
        assertThat(cases.deleteOne(Filters.and(Filters.eq("_id", "261124-00001"), Filters.eq("version", 9)))
                .getDeletedCount()).isZero();
        assertThat(ids(cases, Filters.gte("version", 2))).containsExactlyInAnyOrder("261124-00002", "261124-00003");
        assertThat(cases.deleteOne(Filters.and(Filters.eq("_id", "261124-00001"), Filters.eq("version", 1)))
                .getDeletedCount()).isEqualTo(1);
        assertThat(cases.deleteMany(Filters.gte("version", 2)).getDeletedCount()).isEqualTo(2);
        assertThat(cases.countDocuments()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "memory"})
    void theCandidatesOfSuchAFilterAreTheOneDocumentWithThatIdNotTheCollection(String backend) {
        MongoCollection<org.bson.Document> cases = cases(backend);
        for (int i = 0; i < 100; i++) {
            cases.insertOne(new org.bson.Document("_id", "case-" + i).append("version", i));
        }

        de.bwaldvogel.mongo.MongoCollection<Object> stored = storedCases();
        Index<Object> lookup = stored.getIndexes().stream()
                .filter(index -> index.getName().equals(IdLookupIndex.NAME)).findFirst().orElseThrow();
        Document compareAndSet = new Document("_id", "case-42").append("version", 42);
        Document onlyVersion = new Document("version", 42);

        assertThat(lookup.canHandle(compareAndSet)).isTrue();
        assertThat(lookup.getPositions(compareAndSet)).hasSize(1);
        assertThat(lookup.canHandle(onlyVersion)).isFalse();
        assertThat(lookup.canHandle(new Document("_id", "case-42"))).as("the _id index's own").isFalse();
    }

    private MongoCollection<org.bson.Document> cases(String backend) {
        backendUnderTest = backend.equals("h2")
                ? IdLookupBackends.h2(directory.resolve("test.mv").toString())
                : IdLookupBackends.memory();
        server = new MongoServer(backendUnderTest);
        client = MongoClients.create("mongodb://" + hostAndPort(server));
        return client.getDatabase("dispatch").getCollection("cases");
    }

    @SuppressWarnings("unchecked")
    private de.bwaldvogel.mongo.MongoCollection<Object> storedCases() {
        return (de.bwaldvogel.mongo.MongoCollection<Object>) backendUnderTest.resolveDatabase("dispatch")
                .resolveCollection("cases", true);
    }

    private static String hostAndPort(MongoServer server) {
        var address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }

    private static List<Object> ids(MongoCollection<org.bson.Document> cases, Bson filter) {
        List<Object> ids = new ArrayList<>();
        cases.find(filter).forEach(document -> ids.add(document.get("_id")));
        return ids;
    }
}
