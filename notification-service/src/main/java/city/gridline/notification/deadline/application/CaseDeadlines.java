package city.gridline.notification.deadline.application;

import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.notification.deadline.domain.CaseDeadline;
import city.gridline.notification.deadline.domain.DeadlineRules;
import city.gridline.notification.deadline.domain.DeadlineRules.DeadlineStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

/** Starts each dispatched case's clock once and reads where it stands. */
public class CaseDeadlines {

    private final DeadlineStore store;
    private final DeadlineRules rules;
    private final Clock clock;

    public CaseDeadlines(DeadlineStore store, DeadlineRules rules, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * The case's deadline, started at {@code dispatchedAt} unless it was started before: a redelivered or later
     * dispatch of the same case does not restart the clock.
     */
    public Mono<CaseDeadline> start(String caseNumber, Instant dispatchedAt, TimeLimit limit) {
        return store.insertIfAbsent(rules.start(caseNumber, dispatchedAt, limit))
                .then(Mono.defer(() -> store.find(caseNumber)));
    }

    /**
     * Applies a step of the case to its deadline, once per event: nothing happens to a case without a deadline (not
     * dispatched) or for an event applied before.
     */
    public Mono<CaseDeadline> follow(EventEnvelope<? extends CaseEvent> event) {
        return store.find(event.data().caseNumber())
                .filter(deadline -> !deadline.hasApplied(event.eventId()))
                .flatMap(deadline -> {
                    CaseDeadline next = rules.afterStep(deadline, event.data());
                    return next.equals(deadline) ? Mono.just(deadline) : store.update(next.withApplied(event.eventId()));
                });
    }

    public Flux<CaseDeadline> findAll(Collection<String> caseNumbers) {
        return caseNumbers.isEmpty() ? Flux.empty() : store.findAll(caseNumbers);
    }

    public Mono<CaseDeadline> find(String caseNumber) {
        return store.find(caseNumber);
    }

    public Mono<DeadlineReading> read(String caseNumber) {
        Instant now = clock.instant();
        return store.find(caseNumber)
                .switchIfEmpty(Mono.error(() -> new DeadlineNotFoundException(caseNumber)))
                .map(deadline -> new DeadlineReading(deadline, rules.statusAt(deadline, now), now));
    }

    /** A deadline and where it stood at {@code readAt}. */
    public record DeadlineReading(CaseDeadline deadline, DeadlineStatus status, Instant readAt) {
    }
}
