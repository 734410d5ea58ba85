package city.gridline.notification.timeline.application;

import city.gridline.notification.timeline.domain.TimelineEntry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The timelines of cases, one entry per event id. */
public interface TimelineStore {

    /** True when the entry was new; false when an entry with its event id was recorded before. */
    Mono<Boolean> insertIfAbsent(TimelineEntry entry);

    /** The case's entries, oldest first. */
    Flux<TimelineEntry> timeline(String caseNumber);
}
