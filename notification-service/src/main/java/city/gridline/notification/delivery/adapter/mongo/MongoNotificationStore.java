package city.gridline.notification.delivery.adapter.mongo;

import city.gridline.notification.delivery.application.ConcurrentNotificationUpdateException;
import city.gridline.notification.delivery.application.NotificationStore;
import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.Notification;
import city.gridline.notification.delivery.domain.NotificationState;
import city.gridline.notification.delivery.domain.RecipientKind;
import city.gridline.notification.delivery.domain.SealedAddress;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Notifications in MongoDB. Claims and updates are single-document atomic operations: a claim is a
 * {@code findAndModify} on an unclaimed due notification, an update replaces the document only at the version read.
 */
public class MongoNotificationStore implements NotificationStore, InitializingBean {

    private static final List<String> NOT_SENT = Arrays.stream(NotificationState.values())
            .filter(state -> state != NotificationState.SENT).map(Enum::name).toList();

    private final ReactiveMongoTemplate mongo;

    public MongoNotificationStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(NotificationDocument.COLLECTION)
                .createIndex(new Index().on("state", Sort.Direction.ASC).on("notBefore", Sort.Direction.ASC)
                        .named("state_due"))
                .then(mongo.indexOps(NotificationDocument.COLLECTION)
                        .createIndex(new Index().on("caseNumber", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC)
                                .named("case_created")))
                .then(mongo.indexOps(NotificationDocument.COLLECTION)
                        .createIndex(new Index().on("recipient.kind", Sort.Direction.ASC)
                                .on("createdAt", Sort.Direction.ASC).named("recipient_created")))
                // the operators' lists, newest first, by state or all: no sort of the whole collection in memory
                .then(mongo.indexOps(NotificationDocument.COLLECTION)
                        .createIndex(new Index().on("state", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC)
                                .on("_id", Sort.Direction.DESC).named("state_created")))
                .then(mongo.indexOps(NotificationDocument.COLLECTION)
                        .createIndex(new Index().on("createdAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC)
                                .named("created")))
                .block();
    }

    @Override
    public Mono<Boolean> insertIfAbsent(Notification notification) {
        return mongo.insert(NotificationDocument.unclaimed(notification))
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(false));
    }

    @Override
    public Mono<Notification> findById(String id) {
        return mongo.findById(id, NotificationDocument.class).map(NotificationDocument::toNotification);
    }

    @Override
    public Flux<Notification> find(NotificationState state, String caseNumber, int page, int size) {
        Criteria criteria = new Criteria();
        if (state != null) {
            criteria = criteria.and("state").is(state.name());
        }
        if (caseNumber != null) {
            criteria = criteria.and("caseNumber").is(caseNumber);
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt", "_id"))
                .skip((long) page * size).limit(size);
        return mongo.find(query, NotificationDocument.class).map(NotificationDocument::toNotification);
    }

    @Override
    public Mono<Notification> claimNextDue(Instant now, Instant claimUntil, Set<String> pushTeamsToLeave) {
        Criteria due = where("state").in(NotificationState.PENDING.name(), NotificationState.FAILED.name())
                .and("notBefore").lte(now)
                .and("claimedUntil").lt(now);
        if (!pushTeamsToLeave.isEmpty()) {
            due = due.orOperator(where("channel").ne(Channel.TEAM_PUSH.name()),
                    where("recipient.address").nin(pushTeamsToLeave));
        }
        return mongo.findAndModify(Query.query(due).with(Sort.by("notBefore")),
                        Update.update("claimedUntil", claimUntil),
                        FindAndModifyOptions.options().returnNew(true), NotificationDocument.class)
                .map(NotificationDocument::toNotification);
    }

    @Override
    public Mono<Notification> update(Notification notification) {
        return replace(notification, where("_id").is(notification.id()).and("version").is(notification.version()));
    }

    @Override
    public Mono<Notification> updateUnlessClaimed(Notification notification, Instant now) {
        return replace(notification, where("_id").is(notification.id()).and("version").is(notification.version())
                .and("claimedUntil").lt(now));
    }

    private Mono<Notification> replace(Notification notification, Criteria asRead) {
        Notification next = new Notification(notification.id(), notification.channel(), notification.recipient(),
                notification.templateKey(), notification.text(), notification.caseNumber(), notification.emergency(),
                notification.state(), notification.createdAt(), notification.notBefore(), notification.rounds(),
                notification.attempts(), notification.failure(), notification.version() + 1);
        return mongo.replace(Query.query(asRead), NotificationDocument.unclaimed(next))
                .flatMap(result -> result.getMatchedCount() == 1
                        ? Mono.just(next)
                        : Mono.error(new ConcurrentNotificationUpdateException(notification.id())));
    }

    /**
     * Counted every poll without reading the sent notifications, nearly all of the collection and ever more: the other
     * states through the indexes led by {@code state}, SENT as the collection's stored document count less them.
     */
    @Override
    public Mono<Map<NotificationState, Long>> countByState() {
        Aggregation notSent = Aggregation.newAggregation(
                Aggregation.match(where("state").in(NOT_SENT)),
                Aggregation.group("state").count().as("count"));
        Mono<Map<NotificationState, Long>> others = mongo.aggregate(notSent, NotificationDocument.COLLECTION,
                        Document.class)
                .collect(() -> new EnumMap<NotificationState, Long>(NotificationState.class),
                        (counts, row) -> counts.put(NotificationState.valueOf(row.getString("_id")),
                                ((Number) row.get("count")).longValue()));
        return Mono.zip(others, mongo.estimatedCount(NotificationDocument.COLLECTION)).map(read -> {
            Map<NotificationState, Long> counts = read.getT1();
            long notSentCount = counts.values().stream().mapToLong(Long::longValue).sum();
            counts.put(NotificationState.SENT, Math.max(0, read.getT2() - notSentCount));
            return counts;
        });
    }

    @Override
    public Mono<Long> eraseCitizenAddresses(Collection<String> caseNumbers) {
        return eraseCitizenAddresses(where("caseNumber").in(caseNumbers));
    }

    @Override
    public Mono<Long> eraseCitizenAddressesCreatedBetween(Instant from, Instant to) {
        return eraseCitizenAddresses(where("createdAt").gte(from).lt(to));
    }

    /** Raises the version too, so that a round holding such a notification cannot write the number back. */
    private Mono<Long> eraseCitizenAddresses(Criteria which) {
        Query citizens = Query.query(which.and("recipient.kind").is(RecipientKind.CITIZEN.name())
                .and("recipient.address").ne(SealedAddress.ERASED));
        Update erase = Update.update("recipient.address", SealedAddress.ERASED).inc("version", 1);
        return mongo.updateMulti(citizens, erase, NotificationDocument.class).map(UpdateResult::getModifiedCount);
    }
}
