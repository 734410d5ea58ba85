package city.gridline.grid.location.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reports that need a person: unlocatable ones, and ones placed from their address that await confirmation. */
public interface TriageList {

    /** Adds the item, or leaves the list as it is when the report is on it already. */
    Mono<Void> add(TriageItem item);

    /** The report's item, open or closed; empty when the report was never listed. */
    Mono<TriageItem> find(String reportId);

    /**
     * Records where a person placed the report, on an open item that holds no placement yet; false when it holds
     * one (of two people placing at once, the first recorded counts) or is closed.
     */
    Mono<Boolean> recordPlacement(String reportId, ManualPlacement placement);

    /** Closes an open item; false when it was closed already. */
    Mono<Boolean> close(String reportId, TriageItem.Resolution resolution);

    /** The newest open items first. */
    Flux<TriageItem> newest(int limit);
}
