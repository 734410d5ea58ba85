package city.gridline.notification.timeline.adapter.mongo;

import city.gridline.notification.timeline.application.TimelineStore;
import city.gridline.notification.timeline.domain.TimelineEntry;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Timeline entries in MongoDB; the event id as {@code _id} is what makes recording idempotent. */
public class MongoTimelineStore implements TimelineStore, InitializingBean {

    private final ReactiveMongoTemplate mongo;

    public MongoTimelineStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(TimelineEntryDocument.COLLECTION)
                .createIndex(new Index().on("caseNumber", Sort.Direction.ASC).on("occurredAt", Sort.Direction.ASC)
                        .named("case_time"))
                .block();
    }

    @Override
    public Mono<Boolean> insertIfAbsent(TimelineEntry entry) {
        return mongo.insert(TimelineEntryDocument.of(entry))
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(false));
    }

    @Override
    public Flux<TimelineEntry> timeline(String caseNumber) {
        Query query = Query.query(where("caseNumber").is(caseNumber))
                .with(Sort.by("occurredAt", "position"));
        return mongo.find(query, TimelineEntryDocument.class).map(TimelineEntryDocument::toEntry);
    }
}
