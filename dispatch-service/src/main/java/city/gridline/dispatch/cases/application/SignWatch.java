package city.gridline.dispatch.cases.application;

import city.gridline.dispatch.cases.domain.DispatchCase;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;

/**
 * Watches the sign-by times: a team that has not signed for its task by then is chased (催办); one that still has
 * not signed when as long again has passed loses the task, which is dispatched to the next team. Each step answers
 * to the dispatch in force, as an operation with its own id, so sweeping twice acts once.
 */
public class SignWatch {

    private final CaseStore store;
    private final CaseWork work;

    public SignWatch(CaseStore store, CaseWork work) {
        this.store = store;
        this.work = work;
    }

    /** Chases and re-dispatches what is due at {@code now}; returns how many cases it acted on. */
    public Mono<Long> sweep(Instant now) {
        return store.unsignedPast(now)
                .concatMap(unsigned -> act(unsigned, now).onErrorResume(e -> Mono.empty()))
                .count();
    }

    private Mono<StoredCase> act(DispatchCase unsigned, Instant now) {
        if (!unsigned.chasedSinceDispatch()) {
            return work.chaseUnsigned(unsigned, "sign-watch/chase/" + unsigned.dispatchEventId());
        }
        Duration signLimit = Duration.between(unsigned.dispatchedAt(), unsigned.signBy());
        if (now.isBefore(unsigned.signBy().plus(signLimit))) {
            return Mono.empty();
        }
        return work.redispatchUnsigned(unsigned, "sign-watch/redispatch/" + unsigned.dispatchEventId());
    }
}
