package city.gridline.dispatch.catalogue.application;

import city.gridline.contracts.category.Category;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Collection;

/** The catalogue as dispatch keeps it: every minor class, and a version that counts every change. */
public interface CatalogueStore {

    Flux<Category> categories();

    Mono<Long> version();

    /** Stores the first version of the catalogue, unless there is one already. */
    Mono<Void> seed(Collection<Category> categories);

    /** Stores the changed or new category and returns the catalogue's new version. */
    Mono<Long> save(Category category);
}
