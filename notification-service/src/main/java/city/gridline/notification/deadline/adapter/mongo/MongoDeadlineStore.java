package city.gridline.notification.deadline.adapter.mongo;

import city.gridline.notification.deadline.application.ConcurrentDeadlineUpdateException;
import city.gridline.notification.deadline.application.DeadlineStore;
import city.gridline.notification.deadline.domain.CaseDeadline;
import city.gridline.notification.deadline.domain.DeadlineState;
import city.gridline.notification.deadline.domain.EscalationLevel;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Deadlines in MongoDB; the case number as {@code _id} keeps one per case. Every change raises {@code version}: a
 * lifecycle update replaces the document only at the version read, and a watcher's claim is a
 * {@code findAndModify} conditional on what was announced, so two watchers never announce the same step.
 */
public class MongoDeadlineStore implements DeadlineStore, InitializingBean {

    private static final FindAndModifyOptions RETURN_NEW = FindAndModifyOptions.options().returnNew(true);

    private final ReactiveMongoTemplate mongo;

    public MongoDeadlineStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(CaseDeadlineDocument.COLLECTION)
                .createIndex(new Index().on("announced", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC)
                        .named("announced_due"))
                .block();
    }

    @Override
    public Mono<Boolean> insertIfAbsent(CaseDeadline deadline) {
        return mongo.insert(CaseDeadlineDocument.of(deadline, 0))
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(false));
    }

    @Override
    public Mono<CaseDeadline> find(String caseNumber) {
        return mongo.findById(caseNumber, CaseDeadlineDocument.class).map(CaseDeadlineDocument::toDeadline);
    }

    @Override
    public Flux<CaseDeadline> findAll(Collection<String> caseNumbers) {
        return mongo.find(Query.query(where("_id").in(caseNumbers)), CaseDeadlineDocument.class)
                .map(CaseDeadlineDocument::toDeadline);
    }

    @Override
    public Mono<CaseDeadline> update(CaseDeadline deadline) {
        CaseDeadlineDocument next = CaseDeadlineDocument.of(deadline, deadline.version() + 1);
        Query atVersionRead = Query.query(where("_id").is(deadline.caseNumber()).and("version").is(deadline.version()));
        return mongo.replace(atVersionRead, next)
                .flatMap(result -> result.getMatchedCount() == 1
                        ? Mono.just(next.toDeadline())
                        : Mono.error(new ConcurrentDeadlineUpdateException(deadline.caseNumber())));
    }

    @Override
    public Mono<CaseDeadline> claimWarning(Instant now) {
        return claim(running().and("announced").is(DeadlineState.ON_TIME.name()).and("warningAt").lte(now),
                Update.update("announced", DeadlineState.WARNING.name()));
    }

    @Override
    public Mono<CaseDeadline> claimOverdue(Instant now) {
        return claim(running().and("announced").is(DeadlineState.WARNING.name()).and("dueAt").lte(now),
                Update.update("announced", DeadlineState.OVERDUE.name()));
    }

    @Override
    public Mono<CaseDeadline> claimEscalation(EscalationLevel from, EscalationLevel to, Instant dueBy) {
        return claim(running().and("announced").is(DeadlineState.OVERDUE.name())
                        .and("escalated").is(from == null ? null : from.name()).and("dueAt").lte(dueBy),
                Update.update("escalated", to.name()));
    }

    @Override
    public Mono<Void> unclaim(CaseDeadline claimed, DeadlineState announced, EscalationLevel escalated) {
        Query asClaimed = Query.query(where("_id").is(claimed.caseNumber()).and("version").is(claimed.version()));
        Update back = Update.update("announced", announced.name())
                .set("escalated", escalated == null ? null : escalated.name())
                .inc("version", 1);
        return mongo.updateFirst(asClaimed, back, CaseDeadlineDocument.class).then();
    }

    @Override
    public Flux<CaseDeadline> runningPastDue(Instant now) {
        return mongo.find(Query.query(running().and("dueAt").lt(now)), CaseDeadlineDocument.class)
                .map(CaseDeadlineDocument::toDeadline);
    }

    private Mono<CaseDeadline> claim(Criteria due, Update mark) {
        return mongo.findAndModify(Query.query(due).with(Sort.by("dueAt")), mark.inc("version", 1), RETURN_NEW,
                        CaseDeadlineDocument.class)
                .map(CaseDeadlineDocument::toDeadline);
    }

    private static Criteria running() {
        return where("resolvedAt").is(null).and("stoppedAt").is(null);
    }
}
