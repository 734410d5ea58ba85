package city.gridline.dispatch.cases.application;

import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox: a case's events are stored with the case first and published after, then marked published. Events
 * a crash or a broker outage left unpublished are published again by {@link #relay()}; consumers know them by
 * their ids, so an event published twice is still seen once.
 */
public class CasePublication {

    private static final Logger log = LoggerFactory.getLogger(CasePublication.class);

    private final CaseStore store;
    private final CaseEventPublisher publisher;
    private final Clock clock;
    private final Duration relayAfter;

    public CasePublication(CaseStore store, CaseEventPublisher publisher, Clock clock, Duration relayAfter) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
        this.relayAfter = relayAfter;
    }

    /** Publishes the events in order and marks those the broker took; the rest wait for the relay. */
    public Mono<Void> publish(String caseNumber, List<EventEnvelope<CaseEvent>> events) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> publishInOrder(events))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(published -> published.isEmpty() ? Mono.<Void>empty()
                        : store.markPublished(caseNumber, published));
    }

    private List<String> publishInOrder(List<EventEnvelope<CaseEvent>> events) {
        List<String> published = new ArrayList<>();
        for (EventEnvelope<CaseEvent> event : events) {
            try {
                publisher.publish(event);
                published.add(event.eventId());
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("caseNumber", event.aggregateId()).addKeyValue("eventId", event.eventId())
                        .setCause(e).log("case event left for the outbox relay");
                break;
            }
        }
        return published;
    }

    /** Publishes what earlier attempts left behind. Returns how many cases it looked at. */
    public Mono<Long> relay() {
        return store.withUnpublishedEvents(clock.instant().minus(relayAfter))
                .concatMap(caseNumber -> store.findByCaseNumber(caseNumber)
                        .flatMap(stored -> publish(caseNumber, stored.unpublished()))
                        .thenReturn(caseNumber))
                .count();
    }
}
