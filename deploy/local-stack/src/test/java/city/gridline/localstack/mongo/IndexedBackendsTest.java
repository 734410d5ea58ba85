package city.gridline.localstack.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndexedBackendsTest {

    @TempDir
    Path directory;

    private MongoBackend backendUnderTest;
    private MongoServer server;
    private MongoClient client;

    @AfterEach
    void stop() {
        if (server != null) {
            client.close();
            server.shutdown();
            server = null;
        }
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

    @ParameterizedTest
    @ValueSource(strings = {"h2", "memory"})
    void aFilterOnAnIndexesLeadingKeyMatchesAsMongoDbDoesThroughInsertsUpdatesAndDeletes(String backend) {
        MongoCollection<org.bson.Document> reports = cases(backend);
        reports.createIndex(Indexes.compoundIndex(Indexes.ascending("published"), Indexes.ascending("receivedAt")));
        reports.createIndex(Indexes.ascending("teamIds"));
        for (int i = 0; i < 40; i++) {
            reports.insertOne(new org.bson.Document("_id", "R-" + i).append("published", i % 8 != 0)
                    .append("receivedAt", i).append("teamIds", List.of("T-" + (i % 5), "T-all")));
        }

        Bson unpublishedBefore30 = Filters.and(Filters.eq("published", false), Filters.lt("receivedAt", 30));
        assertThat(ids(reports, unpublishedBefore30)).containsExactlyInAnyOrder("R-0", "R-8", "R-16", "R-24");
        assertThat(ids(reports, Filters.eq("teamIds", "T-1"))).hasSize(8);
        assertThat(ids(reports, Filters.in("teamIds", "T-1", "T-2"))).hasSize(16);
        assertThat(ids(reports, Filters.eq("teamIds", "T-all"))).as("unselective: scanned").hasSize(40);

        reports.updateOne(Filters.eq("_id", "R-8"), Updates.set("published", true));
        reports.updateOne(Filters.eq("_id", "R-9"), Updates.set("published", false));
        reports.updateOne(Filters.eq("_id", "R-11"), Updates.set("teamIds", List.of("T-9")));
        reports.deleteOne(Filters.eq("_id", "R-16"));

        assertThat(ids(reports, unpublishedBefore30)).containsExactlyInAnyOrder("R-0", "R-9", "R-24");
        assertThat(ids(reports, Filters.eq("teamIds", "T-1"))).hasSize(6).doesNotContain("R-11", "R-16");
        assertThat(ids(reports, Filters.eq("teamIds", "T-9"))).containsExactly("R-11");
        List<Object> firstTwo = new ArrayList<>();
        reports.find(Filters.eq("published", false)).sort(Sorts.descending("receivedAt")).limit(2)
                .forEach(document -> firstTwo.add(document.get("_id")));
        assertThat(firstTwo).containsExactly("R-32", "R-24");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "memory"})
    void theCandidatesOfALeadingKeyFilterAreTheDocumentsWithThatValueNotTheCollection(String backend) {
        MongoCollection<org.bson.Document> reports = cases(backend);
        reports.createIndex(Indexes.compoundIndex(Indexes.ascending("published"), Indexes.ascending("receivedAt")));
        for (int i = 0; i < 100; i++) {
            reports.insertOne(new org.bson.Document("_id", "R-" + i).append("published", i >= 3).append("receivedAt", i));
        }

        Index<Object> leading = storedCases().getIndexes().stream()
                .filter(index -> index instanceof LeadingKeyIndex).findFirst().orElseThrow();
        Document unpublished = new Document("published", false).append("receivedAt", new Document("$lt", 50));

        assertThat(leading.canHandle(unpublished)).isTrue();
        assertThat(leading.getPositions(unpublished)).hasSize(3);
        assertThat(leading.canHandle(new Document("receivedAt", 5))).as("not the leading key").isFalse();
        assertThat(leading.canHandle(new Document("published", true))).as("97 of 100: left to the scan").isFalse();
        assertThat(leading.canHandle(new Document("published", new Document("$ne", true)))).isFalse();
    }

    @Test
    void afterARestartTheH2BackendsIndexesHoldTheDocumentsStoredBefore() {
        MongoCollection<org.bson.Document> reports = cases("h2");
        reports.createIndex(Indexes.ascending("categoryCode"));
        reports.insertOne(new org.bson.Document("_id", "R-1").append("categoryCode", "010101"));
        reports.insertOne(new org.bson.Document("_id", "R-2").append("categoryCode", "020202"));
        stop();

        MongoCollection<org.bson.Document> reopened = cases("h2");

        assertThat(ids(reopened, Filters.eq("categoryCode", "010101"))).containsExactly("R-1");
        assertThat(ids(reopened, Filters.and(Filters.eq("_id", "R-2"), Filters.eq("categoryCode", "020202"))))
                .containsExactly("R-2");
    }

    private MongoCollection<org.bson.Document> cases(String backend) {
        backendUnderTest = backend.equals("h2")
                ? IndexedBackends.h2(directory.resolve("test.mv").toString())
                : IndexedBackends.memory();
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
