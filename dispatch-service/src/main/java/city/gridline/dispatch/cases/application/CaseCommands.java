package city.gridline.dispatch.cases.application;

import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.dispatch.cases.domain.DispatchCase;
import city.gridline.dispatch.cases.domain.Recorded;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Carries out a change to a case: reads it, lets the decision check the rules and name the events, stores them
 * under the version read — one write, together with the client operation id — and publishes them. A client
 * operation already taken returns the case as it stands and acts no second time (when the same change is asked for
 * again; another change under a taken operation id is refused); a version named by If-Match that
 * is no longer current fails with 412; a race lost without If-Match is simply tried again on the fresh state.
 */
public class CaseCommands {

    private static final int RACE_RETRIES = 3;

    private final CaseStore store;
    private final CasePublication publication;
    private final Clock clock;

    public CaseCommands(CaseStore store, CasePublication publication, Clock clock) {
        this.store = store;
        this.publication = publication;
        this.clock = clock;
    }

    /** The events a change records, decided on the case as it stands now. */
    @FunctionalInterface
    public interface Decision {

        Mono<List<CaseEvent>> decide(DispatchCase dispatchCase, Instant now);

        static Decision of(BiFunction<DispatchCase, Instant, List<CaseEvent>> rule) {
            return (dispatchCase, now) -> Mono.fromCallable(() -> rule.apply(dispatchCase, now));
        }

        static Decision one(BiFunction<DispatchCase, Instant, CaseEvent> rule) {
            return of((dispatchCase, now) -> List.of(rule.apply(dispatchCase, now)));
        }
    }

    /**
     * A change as a client asks for it. {@code operationId}, its {@code fingerprint} (what the change is) and
     * {@code expectedVersion} are optional.
     */
    public record Command(String operationId, String fingerprint, OptionalInt expectedVersion, String traceId,
                          Decision decision) {
    }

    public Mono<StoredCase> execute(String caseNumber, Command command) {
        return Mono.defer(() -> attempt(caseNumber, command))
                .retryWhen(Retry.max(RACE_RETRIES).filter(LostRace.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> new PreconditionFailedException("case " + caseNumber
                                + " kept changing while this change was tried; read it again")));
    }

    private Mono<StoredCase> attempt(String caseNumber, Command command) {
        return store.findByCaseNumber(caseNumber)
                .switchIfEmpty(Mono.error(() -> new CaseNotFoundException(caseNumber)))
                .flatMap(stored -> {
                    if (stored.took(command.operationId())) {
                        return stored.tookAnotherChange(command.operationId(), command.fingerprint())
                                ? Mono.error(new OperationIdReusedException(caseNumber, command.operationId()))
                                : Mono.just(stored);
                    }
                    int version = stored.dispatchCase().version();
                    if (command.expectedVersion().isPresent() && command.expectedVersion().getAsInt() != version) {
                        return Mono.error(new PreconditionFailedException("case " + caseNumber + " is at "
                                + CaseVersions.etag(version) + ", not " + CaseVersions.etag(
                                command.expectedVersion().getAsInt()) + ": read it again"));
                    }
                    Instant now = clock.instant();
                    return command.decision().decide(stored.dispatchCase(), now)
                            .flatMap(events -> record(stored, events, command, now));
                });
    }

    private Mono<StoredCase> record(StoredCase stored, List<CaseEvent> events, Command command, Instant now) {
        DispatchCase dispatchCase = stored.dispatchCase();
        if (events.isEmpty()) {
            return Mono.just(stored);
        }
        int from = dispatchCase.version();
        List<EventEnvelope<CaseEvent>> envelopes = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String eventId = command.operationId() == null ? UUID.randomUUID().toString()
                    : EventEnvelope.derivedEventId(dispatchCase.caseNumber() + "/" + command.operationId(),
                    String.valueOf(i));
            EventEnvelope<CaseEvent> envelope = EventEnvelope.wrap(events.get(i), eventId, now, command.traceId(),
                    CaseOpening.SOURCE);
            envelopes.add(envelope);
            dispatchCase.apply(new Recorded(eventId, now, events.get(i)));
        }
        String caseNumber = dispatchCase.caseNumber();
        return store.append(dispatchCase, from, envelopes, command.operationId(), command.fingerprint())
                .flatMap(appended -> {
                    if (!appended) {
                        return Mono.error(command.expectedVersion().isPresent()
                                ? new PreconditionFailedException("case " + caseNumber
                                + " changed while this change was made; read it again")
                                : new LostRace());
                    }
                    // events an outage left unpublished go first: the case's events reach the topic in order
                    List<EventEnvelope<CaseEvent>> inOrder = new ArrayList<>(stored.unpublished());
                    inOrder.addAll(envelopes);
                    return publication.publish(caseNumber, inOrder)
                            .then(store.findByCaseNumber(caseNumber));
                });
    }

    /** Another change was stored between reading the case and storing this one. */
    private static final class LostRace extends RuntimeException {

        LostRace() {
            super(null, null, false, false);
        }
    }
}
