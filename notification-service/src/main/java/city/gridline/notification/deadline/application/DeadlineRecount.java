package city.gridline.notification.deadline.application;

import city.gridline.notification.deadline.domain.CaseDeadline;
import city.gridline.notification.deadline.domain.CountingRules;
import city.gridline.notification.deadline.domain.DeadlineRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.time.Instant;

/**
 * Counts the stored deadlines again when the counting rules changed since they were counted: next year's holiday
 * notice loaded through {@code calendar.extra-file}, or another warning share. Without it, a deadline set in December
 * would still run out on the Spring Festival holiday that the old lists did not know. Done once per start, before
 * the first watch; the store records the rules it was done by, so each change is counted once across instances.
 * An instance whose lists end before those recorded (the old release, during a rolling update) leaves the deadlines
 * as they are; each deadline records the rules it was counted by, so that the deadlines such an instance starts
 * meanwhile are counted again before the next watch of an instance with the recorded rules.
 */
public class DeadlineRecount {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecount.class);
    /** A deadline changed by its case's steps while being recounted is read and counted again, this many times. */
    private static final int ATTEMPTS_PER_DEADLINE = 5;

    private final DeadlineStore store;
    private final DeadlineRules rules;

    public DeadlineRecount(DeadlineStore store, DeadlineRules rules) {
        this.store = store;
        this.rules = rules;
    }

    /**
     * Counts the deadlines again by the rules in force unless they are counted by them already; at an instance's
     * start, before its first watch.
     */
    public Mono<Outcome> recountIfRulesChanged(Instant now) {
        CountingRules inForce = rules.countingRules();
        return store.countedBy()
                .flatMap(counted -> {
                    if (counted.fingerprint().equals(inForce.fingerprint())) {
                        return recountNotCountedBy(inForce, now);
                    }
                    return inForce.listsEndBefore(counted) ? Mono.just(Outcome.behind(counted))
                            : recountAll(inForce, now);
                })
                .switchIfEmpty(Mono.defer(() -> recountAll(inForce, now)))
                .doOnNext(outcome -> log(outcome, inForce));
    }

    /**
     * Before every later watch: while the deadlines are recorded as counted by the rules in force, counts again those
     * another instance started or extended by other rules meanwhile — the old release, during the rolling update that
     * brought these rules. Leaves everything alone when the recorded rules are another instance's.
     */
    public Mono<Outcome> recountStragglers(Instant now) {
        CountingRules inForce = rules.countingRules();
        return store.countedBy()
                .filter(counted -> counted.fingerprint().equals(inForce.fingerprint()))
                .flatMap(counted -> recountNotCountedBy(inForce, now))
                .defaultIfEmpty(Outcome.current())
                .doOnNext(outcome -> {
                    if (outcome.examined() > 0) {
                        log(outcome, inForce);
                    }
                });
    }

    /** The deadlines not counted by {@code inForce} alone, counted by it; the record of the rules stays as it is. */
    private Mono<Outcome> recountNotCountedBy(CountingRules inForce, Instant now) {
        return recountEach(inForce, now).map(counts -> counts[0] == 0 ? Outcome.current()
                : Outcome.recounted(counts[0], counts[1]));
    }

    private Mono<Outcome> recountAll(CountingRules inForce, Instant now) {
        return recountEach(inForce, now)
                .flatMap(counts -> store.markCountedBy(inForce).thenReturn(Outcome.recounted(counts[0], counts[1])));
    }

    /** Examined and moved, of the deadlines not counted by {@code inForce} alone. */
    private Mono<long[]> recountEach(CountingRules inForce, Instant now) {
        return store.recountable(inForce.fingerprint())
                .concatMap(deadline -> recount(deadline, now))
                .reduceWith(() -> new long[2], (counts, moved) -> {
                    counts[0]++;
                    counts[1] += moved ? 1 : 0;
                    return counts;
                });
    }

    /** True when the deadline moved; a deadline changed meanwhile is read again and counted again. */
    private Mono<Boolean> recount(CaseDeadline read, Instant now) {
        return update(read, now).onErrorResume(ConcurrentDeadlineUpdateException.class, changed ->
                Mono.defer(() -> store.find(read.caseNumber()))
                        .flatMap(deadline -> update(deadline, now))
                        .defaultIfEmpty(false)
                        .retryWhen(Retry.max(ATTEMPTS_PER_DEADLINE - 2)
                                .filter(ConcurrentDeadlineUpdateException.class::isInstance)));
    }

    /** True when the deadline's instants moved; stored also when only the record of the rules changed. */
    private Mono<Boolean> update(CaseDeadline deadline, Instant now) {
        CaseDeadline counted = rules.recounted(deadline, now);
        if (counted.equals(deadline)) {
            return Mono.just(false);
        }
        boolean moved = !counted.dueAt().equals(deadline.dueAt()) || !counted.warningAt().equals(deadline.warningAt());
        return store.update(counted).thenReturn(moved);
    }

    private static void log(Outcome outcome, CountingRules inForce) {
        switch (outcome.kind()) {
            case CURRENT -> log.atDebug().addKeyValue("rules", inForce.fingerprint())
                    .log("deadlines already counted by the rules in force");
            case BEHIND -> log.atWarn().addKeyValue("rules", inForce.fingerprint())
                    .addKeyValue("listedUntil", inForce.listedUntil())
                    .addKeyValue("countedListedUntil", outcome.countedBy().listedUntil())
                    .log("deadlines are counted by holiday lists that reach further than this instance's: "
                            + "left as they are; load the same calendar.extra-file on every instance");
            case RECOUNTED -> log.atInfo().addKeyValue("rules", inForce.fingerprint())
                    .addKeyValue("listedUntil", inForce.listedUntil()).addKeyValue("examined", outcome.examined())
                    .addKeyValue("moved", outcome.moved())
                    .log("deadlines counted again by the working-day calendar and warning share in force");
        }
    }

    public enum Kind {
        /** Counted by the rules in force already. */
        CURRENT,
        /** Counted by rules whose lists reach further than this instance's: left as they are. */
        BEHIND,
        /** Counted again now. */
        RECOUNTED
    }

    /**
     * What a recount did: {@code examined} deadlines neither stopped nor overdue, of which {@code moved} changed;
     * {@code countedBy}: the rules found recorded, for {@link Kind#BEHIND}.
     */
    public record Outcome(Kind kind, long examined, long moved, CountingRules countedBy) {

        static Outcome current() {
            return new Outcome(Kind.CURRENT, 0, 0, null);
        }

        static Outcome behind(CountingRules countedBy) {
            return new Outcome(Kind.BEHIND, 0, 0, countedBy);
        }

        static Outcome recounted(long examined, long moved) {
            return new Outcome(Kind.RECOUNTED, examined, moved, null);
        }
    }
}
