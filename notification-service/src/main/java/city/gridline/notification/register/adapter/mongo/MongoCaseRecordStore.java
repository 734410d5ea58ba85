package city.gridline.notification.register.adapter.mongo;

import city.gridline.notification.register.application.CaseRecordStore;
import city.gridline.notification.register.application.ConcurrentCaseRecordUpdateException;
import city.gridline.notification.register.domain.CaseRecord;
import city.gridline.notification.register.domain.CaseStatus;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The register in MongoDB. A new record is inserted (the case number as {@code _id} refuses a second one); a known
 * one is replaced only at the version read, so two consumers never overwrite each other's step.
 */
public class MongoCaseRecordStore implements CaseRecordStore, InitializingBean {

    /** The field that says when a case ended, by the status it ended in. */
    private static final Map<CaseStatus, String> ENDED_AT = Map.of(CaseStatus.CLOSED, "closedAt",
            CaseStatus.TRANSFERRED, "transferredAt", CaseStatus.CANCELLED, "cancelledAt", CaseStatus.MERGED, "mergedAt");

    private final ReactiveMongoTemplate mongo;

    public MongoCaseRecordStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(CaseRecordDocument.COLLECTION)
                .createIndex(new Index().on("firstDispatchedAt", Sort.Direction.ASC).named("first_dispatched"))
                .then(mongo.indexOps(CaseRecordDocument.COLLECTION)
                        .createIndex(new Index().on("openedAt", Sort.Direction.ASC).named("opened")))
                .thenMany(Flux.fromIterable(ENDED_AT.values()).concatMap(endedAt ->
                        mongo.indexOps(CaseRecordDocument.COLLECTION).createIndex(new Index()
                                .on("status", Sort.Direction.ASC).on(endedAt, Sort.Direction.ASC)
                                .named("status_" + endedAt))))
                .blockLast();
    }

    @Override
    public Mono<CaseRecord> find(String caseNumber) {
        return mongo.findById(caseNumber, CaseRecordDocument.class).map(CaseRecordDocument::toRecord);
    }

    @Override
    public Flux<CaseRecord> findAll(Collection<String> caseNumbers) {
        return mongo.find(Query.query(where("_id").in(caseNumbers)), CaseRecordDocument.class)
                .map(CaseRecordDocument::toRecord);
    }

    @Override
    public Mono<CaseRecord> save(CaseRecord record) {
        CaseRecordDocument next = CaseRecordDocument.of(record, record.version() + 1);
        if (record.version() == 0) {
            return mongo.insert(next)
                    .map(CaseRecordDocument::toRecord)
                    .onErrorMap(DuplicateKeyException.class,
                            duplicate -> new ConcurrentCaseRecordUpdateException(record.caseNumber()));
        }
        Query atVersionRead = Query.query(where("_id").is(record.caseNumber()).and("version").is(record.version()));
        return mongo.replace(atVersionRead, next)
                .flatMap(result -> result.getMatchedCount() == 1
                        ? Mono.just(next.toRecord())
                        : Mono.error(new ConcurrentCaseRecordUpdateException(record.caseNumber())));
    }

    @Override
    public Flux<CaseRecord> dispatchedBetween(Instant from, Instant to) {
        Query query = Query.query(where("firstDispatchedAt").gte(from).lt(to));
        return mongo.find(query, CaseRecordDocument.class).map(CaseRecordDocument::toRecord);
    }

    @Override
    public Mono<Long> countOpenedBetween(Instant from, Instant to) {
        return mongo.count(Query.query(where("openedAt").gte(from).lt(to)), CaseRecordDocument.class);
    }

    @Override
    public Flux<CaseRecord> endedBetween(Instant from, Instant to) {
        Query query = Query.query(new Criteria().orOperator(ENDED_AT.entrySet().stream()
                .map(ended -> where("status").is(ended.getKey().name()).and(ended.getValue()).gte(from).lt(to))
                .toList()));
        return mongo.find(query, CaseRecordDocument.class).map(CaseRecordDocument::toRecord);
    }
}
