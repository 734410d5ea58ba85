package city.gridline.notification.timeline.application;

import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.notification.timeline.domain.TimelineEntry;
import reactor.core.publisher.Mono;

import java.util.List;

/** Keeps each case's timeline from {@code cases.events}; a replayed event adds nothing. */
public class CaseTimelines {

    private final TimelineStore store;

    public CaseTimelines(TimelineStore store) {
        this.store = store;
    }

    public Mono<Boolean> record(EventEnvelope<? extends CaseEvent> event, long position) {
        return store.insertIfAbsent(TimelineEntry.of(event, position));
    }

    public Mono<List<TimelineEntry>> timeline(String caseNumber) {
        return store.timeline(caseNumber).collectList()
                .filter(entries -> !entries.isEmpty())
                .switchIfEmpty(Mono.error(() -> new CaseNotFoundException(caseNumber)));
    }
}
