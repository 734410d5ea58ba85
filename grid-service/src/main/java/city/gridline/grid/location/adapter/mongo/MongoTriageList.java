package city.gridline.grid.location.adapter.mongo;

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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The triage list in grid's {@code triage} collection, one document per report. */
public class MongoTriageList implements TriageList, InitializingBean {

    private final ReactiveMongoTemplate mongo;

    public MongoTriageList(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The list is read newest first and grows with every report that could not be placed. */
    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(TriageDocument.class).createIndex(new Index().on("item.since", Sort.Direction.DESC)
                .named("newest")).block();
    }

    @Override
    public Mono<Void> add(TriageItem item) {
        return mongo.insert(new TriageDocument(item.reportId(), item))
                .onErrorResume(DuplicateKeyException.class, alreadyListed -> Mono.empty())
                .then();
    }

    @Override
    public Flux<TriageItem> newest(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "item.since")).limit(limit),
                TriageDocument.class).map(TriageDocument::item);
    }

    @Document("triage")
    record TriageDocument(@Id String reportId, TriageItem item) {
    }
}
