package city.gridline.dispatch.cases.application;

import city.gridline.dispatch.cases.domain.CaseRuleViolation;
import city.gridline.dispatch.cases.domain.DispatchCase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the sign-by times: a team that has not signed for its task by then is chased (催办); one that still has
 * not signed when as long again has passed loses the task, which is dispatched to the next team. Each step answers
 * to the dispatch in force, as an operation with its own id, so sweeping twice acts once. A case it cannot move on —
 * every team has let it go (a night with nobody on duty), or the move failed — stays in the command centre's
 * unsigned queue: it is counted in {@code gridline.cases.unsigned.stranded} at every sweep and logged once.
 */
public class SignWatch {

    private static final Logger log = LoggerFactory.getLogger(SignWatch.class);
    /** Dispatches already logged as stranded; the oldest forgotten past this many. */
    private static final int REMEMBERED = 10_000;

    private final CaseStore store;
    private final CaseWork work;
    private final AtomicLong stranded = new AtomicLong();
    private final Set<String> logged = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    public SignWatch(CaseStore store, CaseWork work, MeterRegistry registry) {
        this.store = store;
        this.work = work;
        Gauge.builder("gridline.cases.unsigned.stranded", stranded, AtomicLong::get)
                .description("Unsigned cases past their re-dispatch time that the last sign-watch sweep could not"
                        + " move on; the command centre dispatches them by hand")
                .register(registry);
    }

    /** Chases and re-dispatches what is due at {@code now}; returns how many cases it acted on. */
    public Mono<Long> sweep(Instant now) {
        AtomicLong strandedNow = new AtomicLong();
        return store.unsignedPast(now)
                .concatMap(unsigned -> act(unsigned, now).onErrorResume(failure -> {
                    strandedNow.incrementAndGet();
                    logOnce(unsigned, failure);
                    return Mono.empty();
                }))
                .count()
                .doOnSuccess(acted -> stranded.set(strandedNow.get()));
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

    private void logOnce(DispatchCase unsigned, Throwable failure) {
        boolean first;
        synchronized (logged) {
            first = logged.add(unsigned.dispatchEventId());
        }
        if (!first) {
            return;
        }
        if (failure instanceof CaseRuleViolation noTeamLeft) {
            log.atWarn().addKeyValue("caseNumber", unsigned.caseNumber()).addKeyValue("team", unsigned.team().name())
                    .log("unsigned case stays with its team: " + noTeamLeft.getMessage()
                            + "; the command centre dispatches it by hand (unsigned queue)");
        } else {
            log.atWarn().addKeyValue("caseNumber", unsigned.caseNumber()).setCause(failure)
                    .log("the sign watch could not move the unsigned case on; it tries again at every sweep");
        }
    }
}
