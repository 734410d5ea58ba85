package city.gridline.intake.apikey.adapter.mongo;

import city.gridline.intake.apikey.application.ApiKeyStore;
import city.gridline.intake.apikey.domain.ApiKey;
import city.gridline.servicekit.security.GridlineRole;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Keys in {@code api_keys}, one document per key hash; the key itself is never stored. */
public class MongoApiKeyStore implements ApiKeyStore {

    private final ReactiveMongoTemplate mongo;

    public MongoApiKeyStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<ApiKey> byHash(String hash) {
        return mongo.findById(hash, KeyDocument.class).map(KeyDocument::toKey);
    }

    @Override
    public Flux<ApiKey> all() {
        return mongo.find(new Query().with(Sort.by("createdAt")), KeyDocument.class).map(KeyDocument::toKey);
    }

    @Override
    public Mono<ApiKey> addIfAbsent(ApiKey key) {
        return mongo.insert(KeyDocument.of(key)).map(KeyDocument::toKey)
                .onErrorResume(DuplicateKeyException.class, exists -> byHash(key.hash()));
    }

    @Override
    public Mono<ApiKey> revoke(String id, Instant at, String by) {
        return mongo.findAndModify(Query.query(where("keyId").is(id).and("revokedAt").is(null)),
                        new Update().set("revokedAt", at).set("revokedBy", by),
                        FindAndModifyOptions.options().returnNew(true), KeyDocument.class)
                .switchIfEmpty(mongo.findOne(Query.query(where("keyId").is(id)), KeyDocument.class))
                .map(KeyDocument::toKey);
    }

    @Document(KeyDocument.COLLECTION)
    record KeyDocument(@Id String hash, String keyId, String client, String role, Double perSecond, Integer burst,
                       Instant createdAt, String createdBy, Instant revokedAt, String revokedBy) {

        static final String COLLECTION = "api_keys";

        static KeyDocument of(ApiKey key) {
            return new KeyDocument(key.hash(), key.id(), key.client(), key.role().name(), key.perSecond(),
                    key.burst(), key.createdAt(), key.createdBy(), key.revokedAt(), key.revokedBy());
        }

        ApiKey toKey() {
            return new ApiKey(keyId, hash, client, GridlineRole.valueOf(role), perSecond, burst, createdAt,
                    createdBy, revokedAt, revokedBy);
        }
    }
}
