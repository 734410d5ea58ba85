package city.gridline.dispatch.catalogue.application;

import city.gridline.contracts.category.Category;
import city.gridline.contracts.category.CategoryCatalogue;
import city.gridline.contracts.event.CategoryChanged;
import city.gridline.contracts.event.EventEnvelope;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The category catalogue in force: seeded from the bundled version 1, then changed by administrators — each
 * change stored, then announced as a {@code gridline.catalogue.category-changed.v1} event. Every instance reloads
 * the stored catalogue periodically, so a change made through one reaches all.
 */
public class CatalogueAdministration {

    public static final String SOURCE = "/gridline/dispatch-service";

    private final CatalogueStore store;
    private final CatalogueChangePublisher publisher;
    private final Clock clock;
    private final AtomicReference<Versioned> current = new AtomicReference<>();

    public CatalogueAdministration(CatalogueStore store, CatalogueChangePublisher publisher, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The catalogue in force and its version. */
    public record Versioned(long version, CategoryCatalogue catalogue) {
    }

    public Mono<Versioned> load() {
        return store.seed(CategoryCatalogue.bundled().all())
                .then(Mono.zip(store.version(), store.categories().collectList()))
                .map(loaded -> new Versioned(loaded.getT1(), new CategoryCatalogue(loaded.getT2())))
                .doOnNext(current::set);
    }

    public Versioned current() {
        Versioned loaded = current.get();
        return loaded != null ? loaded : load().block();
    }

    public Optional<Category> find(String code) {
        return current().catalogue().find(code);
    }

    public List<Category> all() {
        return List.copyOf(current().catalogue().all());
    }

    /** Adds or changes a minor class; the event says who changed it and why. */
    public Mono<CategoryChanged> change(Category category, String actor, String reason, String traceId) {
        return store.save(category).flatMap(version -> {
            CategoryChanged changed = new CategoryChanged(version, category, reason, actor, clock.instant());
            EventEnvelope<CategoryChanged> envelope = EventEnvelope.wrap(changed, UUID.randomUUID().toString(),
                    changed.changedAt(), traceId, SOURCE);
            return Mono.fromRunnable(() -> publisher.publish(envelope)).subscribeOn(Schedulers.boundedElastic())
                    .then(load())
                    .thenReturn(changed);
        });
    }
}
