package city.gridline.dispatch.catalogue.adapter.mongo;

import city.gridline.contracts.category.Category;
import city.gridline.dispatch.catalogue.application.CatalogueStore;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Collection;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Categories in the {@code categories} collection (the code is the {@code _id}); the catalogue's version is a
 * counter document, bumped atomically on every change.
 */
public class MongoCatalogueStore implements CatalogueStore {

    static final String CATEGORIES = "categories";
    private static final String VERSIONS = "catalogue_version";
    private static final String VERSION_ID = "catalogue";

    private final ReactiveMongoTemplate mongo;

    public MongoCatalogueStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Flux<Category> categories() {
        return mongo.find(new Query().with(Sort.by("_id")), CategoryDocument.class, CATEGORIES)
                .map(CategoryDocument::toCategory);
    }

    @Override
    public Mono<Long> version() {
        return mongo.findById(VERSION_ID, Document.class, VERSIONS)
                .map(counter -> ((Number) counter.get("value")).longValue())
                .defaultIfEmpty(0L);
    }

    @Override
    public Mono<Void> seed(Collection<Category> categories) {
        Document first = new Document("_id", VERSION_ID).append("value", 1L);
        return mongo.exists(Query.query(where("_id").is(VERSION_ID)), VERSIONS).flatMap(seeded -> seeded
                ? Mono.empty()
                : Flux.fromIterable(categories).map(CategoryDocument::of)
                        .flatMap(doc -> mongo.save(doc, CATEGORIES), 16)
                        .then(mongo.save(first, VERSIONS))
                        .then());
    }

    @Override
    public Mono<Long> save(Category category) {
        return mongo.save(CategoryDocument.of(category), CATEGORIES)
                .then(mongo.findAndModify(Query.query(where("_id").is(VERSION_ID)), new Update().inc("value", 1L),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, VERSIONS))
                .map(counter -> ((Number) counter.get("value")).longValue());
    }
}
