package city.gridline.notification.deadline.adapter.mongo;

import city.gridline.contracts.TimeLimit;
import city.gridline.notification.deadline.application.ConcurrentDeadlineUpdateException;
import city.gridline.notification.deadline.application.DeadlineStore;
import city.gridline.notification.deadline.application.StepAnnouncement;
import city.gridline.notification.deadline.domain.CaseDeadline;
import city.gridline.notification.deadline.domain.CountingRules;
import city.gridline.notification.deadline.domain.DeadlineState;
import city.gridline.notification.deadline.domain.EscalationLevel;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Deadlines in MongoDB; the case number as {@code _id} keeps one per case. Every change raises {@code version}: a
 * lifecycle update sets the deadline's fields only at the version read, and a watcher's claim — what is announced,
 * with the step's event pushed into the document's {@code outbox} — is conditional on the version it read, so two
 * watchers never claim the same step and no claimed step is without its event.
 */
public class MongoDeadlineStore implements DeadlineStore, InitializingBean {

    private final ReactiveMongoTemplate mongo;

    public MongoDeadlineStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(CaseDeadlineDocument.COLLECTION)
                .createIndex(new Index().on("announced", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC)
                        .named("announced_due"))
                .then(mongo.indexOps(CaseDeadlineDocument.COLLECTION).createIndex(new Index()
                        .on("outbox.storedAt", Sort.Direction.ASC).named("outbox_stored")))
                // every watch asks for the deadlines not counted by the rules in force: after the first, none
                .then(mongo.indexOps(CaseDeadlineDocument.COLLECTION).createIndex(new Index()
                        .on("countedBy", Sort.Direction.ASC).named("counted_by")))
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

    /** Sets the deadline's fields at the version read; the outbox is not the lifecycle's to change. */
    @Override
    public Mono<CaseDeadline> update(CaseDeadline deadline) {
        CaseDeadlineDocument next = CaseDeadlineDocument.of(deadline, deadline.version() + 1);
        Query atVersionRead = Query.query(where("_id").is(deadline.caseNumber()).and("version").is(deadline.version()));
        Update fields = new Update()
                .set("dispatchedAt", next.dispatchedAt())
                .set("limit", next.limit())
                .set("extensions", next.extensions())
                .set("extendedAt", next.extendedAt())
                .set("waitedForChecks", next.waitedForChecks())
                .set("warningAt", next.warningAt())
                .set("dueAt", next.dueAt())
                .set("resolvedAt", next.resolvedAt())
                .set("backloggedAt", next.backloggedAt())
                .set("stoppedAt", next.stoppedAt())
                .set("stopReason", next.stopReason())
                .set("lateInEarlierRound", next.lateInEarlierRound())
                .set("announced", next.announced())
                .set("escalated", next.escalated())
                .set("appliedEvents", next.appliedEvents())
                .set("countedBy", next.countedBy())
                .set("version", next.version());
        return mongo.updateFirst(atVersionRead, fields, CaseDeadlineDocument.class)
                .flatMap(result -> result.getMatchedCount() == 1
                        ? Mono.just(next.toDeadline())
                        : Mono.error(new ConcurrentDeadlineUpdateException(deadline.caseNumber())));
    }

    @Override
    public Mono<CaseDeadline> nextToWarn(Instant now) {
        return first(running().and("announced").is(DeadlineState.ON_TIME.name()).and("warningAt").lte(now));
    }

    @Override
    public Mono<CaseDeadline> nextOverdue(Instant now) {
        return first(running().and("announced").is(DeadlineState.WARNING.name()).and("dueAt").lte(now));
    }

    @Override
    public Mono<CaseDeadline> nextToEscalate(EscalationLevel from, Map<TimeLimit.Unit, Instant> dueBy) {
        Criteria[] dueByUnit = dueBy.entrySet().stream()
                .map(due -> where("limit.unit").is(due.getKey().name()).and("dueAt").lte(due.getValue()))
                .toArray(Criteria[]::new);
        return first(announcing().and("announced").is(DeadlineState.OVERDUE.name())
                .and("escalated").is(from == null ? null : from.name())
                .andOperator(new Criteria().orOperator(dueByUnit)));
    }

    @Override
    public Mono<Boolean> claim(CaseDeadline read, DeadlineState announced, EscalationLevel escalated,
                               StepAnnouncement announcement) {
        Query asRead = Query.query(where("_id").is(read.caseNumber()).and("version").is(read.version()));
        Update claimed = Update.update("announced", announced.name())
                .set("escalated", escalated == null ? null : escalated.name())
                .inc("version", 1)
                .push("outbox", new CaseDeadlineDocument.OutboxEntry(announcement.eventId(), announcement.envelope(),
                        announcement.storedAt()));
        return mongo.updateFirst(asRead, claimed, CaseDeadlineDocument.class)
                .map(result -> result.getModifiedCount() == 1);
    }

    @Override
    public Mono<Void> announced(String caseNumber, String eventId) {
        return mongo.updateFirst(Query.query(where("_id").is(caseNumber)),
                new Update().pull("outbox", new org.bson.Document("eventId", eventId)), CaseDeadlineDocument.class)
                .then();
    }

    @Override
    public Flux<StepAnnouncement> unannouncedBefore(Instant storedBefore) {
        Query waiting = Query.query(where("outbox").elemMatch(where("storedAt").lt(storedBefore)));
        return mongo.find(waiting, CaseDeadlineDocument.class)
                .concatMapIterable(document -> document.outbox().stream()
                        .filter(entry -> entry.storedAt().isBefore(storedBefore))
                        .map(entry -> new StepAnnouncement(document.caseNumber(), entry.eventId(), entry.envelope(),
                                entry.storedAt()))
                        .toList());
    }

    @Override
    public Flux<CaseDeadline> runningPastWarning(Instant now) {
        return mongo.find(Query.query(running().and("warningAt").lt(now)), CaseDeadlineDocument.class)
                .map(CaseDeadlineDocument::toDeadline);
    }

    @Override
    public Flux<CaseDeadline> recountable(String rules) {
        Query query = Query.query(where("countedBy").ne(rules).and("stoppedAt").is(null)
                .and("announced").ne(DeadlineState.OVERDUE.name()));
        return mongo.find(query, CaseDeadlineDocument.class).map(CaseDeadlineDocument::toDeadline);
    }

    @Override
    public Mono<CountingRules> countedBy() {
        return mongo.findById(CountingRulesDocument.ID, CountingRulesDocument.class)
                .map(CountingRulesDocument::toRules);
    }

    @Override
    public Mono<Void> markCountedBy(CountingRules rules) {
        return mongo.save(CountingRulesDocument.of(rules)).then();
    }

    private Mono<CaseDeadline> first(Criteria due) {
        return mongo.findOne(Query.query(due).with(Sort.by("dueAt")), CaseDeadlineDocument.class)
                .map(CaseDeadlineDocument::toDeadline);
    }

    private static Criteria running() {
        return where("resolvedAt").is(null).and("stoppedAt").is(null);
    }

    /** Running and not on the backlog: the deadlines whose steps the watch announces. */
    private static Criteria announcing() {
        return running().and("backloggedAt").is(null);
    }
}
