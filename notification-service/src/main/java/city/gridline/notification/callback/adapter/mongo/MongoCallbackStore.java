package city.gridline.notification.callback.adapter.mongo;

import city.gridline.notification.callback.application.CallbackStore;
import city.gridline.notification.callback.domain.CallbackResult;
import city.gridline.notification.callback.domain.CallbackState;
import city.gridline.notification.callback.domain.CallbackTask;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import city.gridline.contracts.TeamRef;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Call-back tasks in {@code callbacks}, keyed by case number; recording a result is a {@code findAndModify} on OPEN. */
public class MongoCallbackStore implements CallbackStore, InitializingBean {

    /** Set with a result whose event is not published yet, the outbox the relay reads. */
    private static final String UNPUBLISHED = "unpublished";

    private final ReactiveMongoTemplate mongo;

    public MongoCallbackStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(CallbackDocument.COLLECTION)
                .createIndex(new Index().on("state", Sort.Direction.ASC).on("closedAt", Sort.Direction.ASC)
                        .named("state_closed"))
                .then(mongo.indexOps(CallbackDocument.COLLECTION)
                        .createIndex(new Index().on(UNPUBLISHED, Sort.Direction.ASC).sparse().named(UNPUBLISHED)))
                .block();
    }

    @Override
    public Mono<Boolean> insertIfAbsent(CallbackTask task) {
        return mongo.insert(CallbackDocument.of(task))
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(false));
    }

    @Override
    public Mono<CallbackTask> find(String caseNumber) {
        return mongo.findById(caseNumber, CallbackDocument.class).map(CallbackDocument::toTask);
    }

    @Override
    public Flux<CallbackTask> findAll(Collection<String> caseNumbers) {
        return mongo.find(Query.query(where("_id").in(caseNumbers)), CallbackDocument.class).map(CallbackDocument::toTask);
    }

    @Override
    public Flux<CallbackTask> list(CallbackState state, int page, int size) {
        Query query = Query.query(byState(state)).with(Sort.by("closedAt", "_id")).skip((long) page * size).limit(size);
        return mongo.find(query, CallbackDocument.class).map(CallbackDocument::toTask);
    }

    @Override
    public Mono<Long> count(CallbackState state) {
        return mongo.count(Query.query(byState(state)), CallbackDocument.class);
    }

    @Override
    public Mono<CallbackTask> recordResult(String caseNumber, CallbackResult result, String comment, String operator,
                                           Instant at) {
        Query open = Query.query(where("_id").is(caseNumber).and("state").is(CallbackState.OPEN.name()));
        Update done = Update.update("state", CallbackState.DONE.name()).set("result", result.name())
                .set("comment", comment).set("operator", operator).set("recordedAt", at).set(UNPUBLISHED, true);
        return mongo.findAndModify(open, done, FindAndModifyOptions.options().returnNew(true), CallbackDocument.class)
                .map(CallbackDocument::toTask);
    }

    @Override
    public Mono<Void> markPublished(String caseNumber, Instant recordedAt) {
        return mongo.updateFirst(Query.query(where("_id").is(caseNumber).and("recordedAt").is(recordedAt)),
                new Update().unset(UNPUBLISHED), CallbackDocument.class).then();
    }

    @Override
    public Flux<CallbackTask> unpublishedBefore(Instant recordedBefore) {
        Query waiting = Query.query(where(UNPUBLISHED).is(true).and("recordedAt").lt(recordedBefore))
                .with(Sort.by("recordedAt"));
        return mongo.find(waiting, CallbackDocument.class).map(CallbackDocument::toTask);
    }

    @Override
    public Mono<Boolean> openForLaterClosure(CallbackTask task) {
        Query earlier = Query.query(where("_id").is(task.caseNumber()).and("closedAt").lt(task.closedAt()));
        Update open = Update.update("state", CallbackState.OPEN.name()).set("closedAt", task.closedAt())
                .set("team", task.team()).set("district", task.district()).set("street", task.street())
                .unset("result").unset("comment").unset("operator").unset("recordedAt").unset(UNPUBLISHED);
        return mongo.updateFirst(earlier, open, CallbackDocument.class).map(result -> result.getModifiedCount() == 1);
    }

    private static Criteria byState(CallbackState state) {
        return state == null ? new Criteria() : where("state").is(state.name());
    }

    @Document(CallbackDocument.COLLECTION)
    record CallbackDocument(@Id String caseNumber, String reportId, TeamRef team, String district, String street,
                            Instant closedAt, CallbackState state, CallbackResult result, String comment,
                            String operator, Instant recordedAt) {

        static final String COLLECTION = "callbacks";

        static CallbackDocument of(CallbackTask t) {
            return new CallbackDocument(t.caseNumber(), t.reportId(), t.team(), t.district(), t.street(), t.closedAt(),
                    t.state(), t.result(), t.comment(), t.operator(), t.recordedAt());
        }

        CallbackTask toTask() {
            return new CallbackTask(caseNumber, reportId, team, district, street, closedAt, state, result, comment,
                    operator, recordedAt);
        }
    }
}
