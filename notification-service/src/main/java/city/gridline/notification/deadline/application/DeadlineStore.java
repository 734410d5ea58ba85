package city.gridline.notification.deadline.application;

import city.gridline.contracts.TimeLimit;
import city.gridline.notification.deadline.domain.CaseDeadline;
import city.gridline.notification.deadline.domain.CountingRules;
import city.gridline.notification.deadline.domain.DeadlineState;
import city.gridline.notification.deadline.domain.EscalationLevel;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * One deadline per case number, with its outbox of claimed steps not yet announced. The claims are single-document
 * conditional updates, so that of several watchers exactly one announces each step of a deadline.
 */
public interface DeadlineStore {

    /** True when stored; false when the case has a deadline already. */
    Mono<Boolean> insertIfAbsent(CaseDeadline deadline);

    Mono<CaseDeadline> find(String caseNumber);

    Flux<CaseDeadline> findAll(Collection<String> caseNumbers);

    /**
     * Stores the deadline as its next version if it is still at the version read; fails with
     * {@link ConcurrentDeadlineUpdateException} otherwise.
     */
    Mono<CaseDeadline> update(CaseDeadline deadline);

    /** One running deadline past its warning instant and not yet warned, earliest due first; empty when none is left. */
    Mono<CaseDeadline> nextToWarn(Instant now);

    /**
     * One running deadline past due and announced WARNING, earliest due first (on the backlog too: dispatch's overdue
     * list counts on the notice); empty when none is left.
     */
    Mono<CaseDeadline> nextOverdue(Instant now);

    /**
     * One running OVERDUE deadline not on the backlog, at escalation level {@code from} (null: none yet) and due no
     * later than {@code dueBy} gives for the unit of its limit; empty when none is left.
     */
    Mono<CaseDeadline> nextToEscalate(EscalationLevel from, Map<TimeLimit.Unit, Instant> dueBy);

    /**
     * Claims a step of the deadline as it was read: sets what is now announced and escalated and stores the step's
     * event in the deadline's outbox, in one write conditional on the version read — so of several watchers exactly
     * one claims each step, and a claimed step is never without its event. False when the deadline changed since.
     */
    Mono<Boolean> claim(CaseDeadline read, DeadlineState announced, EscalationLevel escalated,
                        StepAnnouncement announcement);

    /** Takes an announced step out of the deadline's outbox. */
    Mono<Void> announced(String caseNumber, String eventId);

    /** Steps claimed but not announced, stored before {@code storedBefore}, oldest first. */
    Flux<StepAnnouncement> unannouncedBefore(Instant storedBefore);

    /** Running deadlines whose warning time is before {@code now} (those past due among them), on the backlog too. */
    Flux<CaseDeadline> runningPastWarning(Instant now);

    /**
     * Deadlines neither stopped nor announced overdue, and not counted by the rules of fingerprint {@code rules}
     * alone: those that these rules may move.
     */
    Flux<CaseDeadline> recountable(String rules);

    /** The counting rules the stored deadlines were last counted by; empty before the first count. */
    Mono<CountingRules> countedBy();

    /** Records that the stored deadlines are counted by {@code rules}. */
    Mono<Void> markCountedBy(CountingRules rules);
}
