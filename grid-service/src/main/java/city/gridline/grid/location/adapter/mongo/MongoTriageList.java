package city.gridline.grid.location.adapter.mongo;

import city.gridline.grid.location.application.ManualPlacement;
import city.gridline.grid.location.application.TriageItem;
import city.gridline.grid.location.application.TriageList;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The triage list in grid's {@code triage} collection, one document per report. An item is open while it has no
 * {@code resolution}; placing and closing are updates conditional on the item's state, so that of two people acting
 * on one item at once only the first counts.
 */
public class MongoTriageList implements TriageList, InitializingBean {

    private static final String RESOLUTION = "item.resolution";
    private static final String SINCE = "item.since";

    private final ReactiveMongoTemplate mongo;

    public MongoTriageList(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The list is read newest first and grows with every report that could not be placed; closed items stay, so
     * the open ones are read through an index that leads with the resolution (null while open).
     */
    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(TriageDocument.class).createIndex(new Index().on(SINCE, Sort.Direction.DESC)
                        .named("newest"))
                .then(mongo.indexOps(TriageDocument.class).createIndex(new Index()
                        .on(RESOLUTION, Sort.Direction.ASC).on(SINCE, Sort.Direction.DESC).named("open_newest")))
                .block();
    }

    @Override
    public Mono<Void> add(TriageItem item) {
        return mongo.insert(new TriageDocument(item.reportId(), item))
                .onErrorResume(DuplicateKeyException.class, alreadyListed -> Mono.empty())
                .then();
    }

    @Override
    public Mono<TriageItem> find(String reportId) {
        return mongo.findById(reportId, TriageDocument.class).map(TriageDocument::item);
    }

    @Override
    public Mono<Boolean> recordPlacement(String reportId, ManualPlacement placement) {
        Query unplaced = Query.query(where("_id").is(reportId).and("item.placement").is(null)
                .and(RESOLUTION).is(null));
        return mongo.updateFirst(unplaced, Update.update("item.placement", placement), TriageDocument.class)
                .map(result -> result.getMatchedCount() > 0);
    }

    @Override
    public Mono<Boolean> close(String reportId, TriageItem.Resolution resolution) {
        Query open = Query.query(where("_id").is(reportId).and(RESOLUTION).is(null));
        return mongo.updateFirst(open, Update.update(RESOLUTION, resolution), TriageDocument.class)
                .map(result -> result.getMatchedCount() > 0);
    }

    @Override
    public Flux<TriageItem> newest(int limit) {
        return mongo.find(Query.query(where(RESOLUTION).is(null)).with(Sort.by(Sort.Direction.DESC, SINCE))
                .limit(limit), TriageDocument.class).map(TriageDocument::item);
    }

    @Document("triage")
    record TriageDocument(@Id String reportId, TriageItem item) {
    }
}
