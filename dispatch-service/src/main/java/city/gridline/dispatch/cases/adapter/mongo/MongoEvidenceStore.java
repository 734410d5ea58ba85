package city.gridline.dispatch.cases.adapter.mongo;

import city.gridline.contracts.EvidenceRef;
import city.gridline.dispatch.cases.application.EvidenceStore;
import city.gridline.dispatch.cases.application.OperationIdReusedException;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Evidence files in the {@code evidence} collection, the bytes inline (the upload limit keeps a file far below
 * MongoDB's 16 MB document limit). The id is derived from the case, the member and the client operation, so an
 * upload repeated after a lost reply lands on the same document and is stored once; another file (other bytes, kind
 * or type) under the same operation is refused.
 */
public class MongoEvidenceStore implements EvidenceStore {

    static final String COLLECTION = "evidence";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public MongoEvidenceStore(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Mono<EvidenceRef> store(String caseNumber, String memberId, String operationId, EvidenceRef.Kind kind,
                                   String contentType, byte[] content) {
        String id = "ev-" + UUID.nameUUIDFromBytes((caseNumber + "/" + memberId + "/" + operationId)
                .getBytes(StandardCharsets.UTF_8));
        EvidenceRef ref = new EvidenceRef(id, kind, contentType, content.length, sha256(content));
        Document document = new Document("_id", id).append("caseNumber", caseNumber).append("memberId", memberId)
                .append("operationId", operationId).append("kind", kind.name()).append("contentType", contentType)
                .append("size", (long) content.length).append("sha256", ref.sha256())
                .append("storedAt", Date.from(clock.instant())).append("content", new Binary(content));
        return mongo.insert(document, COLLECTION).thenReturn(ref)
                .onErrorResume(DuplicateKeyException.class, repeated -> mongo.findById(id, Document.class, COLLECTION)
                        .map(MongoEvidenceStore::ref)
                        .flatMap(first -> first.equals(ref) ? Mono.just(first)
                                : Mono.error(new OperationIdReusedException(caseNumber, operationId))));
    }

    @Override
    public Mono<List<EvidenceRef>> find(String caseNumber, Collection<String> ids) {
        Query query = Query.query(where("_id").in(ids).and("caseNumber").is(caseNumber));
        query.fields().exclude("content");
        return mongo.find(query, Document.class, COLLECTION).map(MongoEvidenceStore::ref)
                .collectMap(EvidenceRef::id, Function.identity())
                .map((Map<String, EvidenceRef> found) -> ids.stream().map(found::get).filter(Objects::nonNull)
                        .collect(Collectors.toList()));
    }

    @Override
    public Mono<EvidenceFile> content(String caseNumber, String evidenceId) {
        return mongo.findOne(Query.query(where("_id").is(evidenceId).and("caseNumber").is(caseNumber)),
                        Document.class, COLLECTION)
                .map(document -> new EvidenceFile(ref(document), document.get("content", Binary.class).getData()));
    }

    private static EvidenceRef ref(Document document) {
        return new EvidenceRef(document.getString("_id"), EvidenceRef.Kind.valueOf(document.getString("kind")),
                document.getString("contentType"), ((Number) document.get("size")).longValue(),
                document.getString("sha256"));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
