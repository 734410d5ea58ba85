package city.gridline.grid.location.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reports that need a person: unlocatable ones, and ones placed from their address that await confirmation. */
public interface TriageList {

    /** Adds the item, or leaves the list as it is when the report is on it already. */
    Mono<Void> add(TriageItem item);

    /** The newest items first. */
    Flux<TriageItem> newest(int limit);
}
