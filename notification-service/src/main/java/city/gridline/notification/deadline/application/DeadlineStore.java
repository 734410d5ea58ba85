package city.gridline.notification.deadline.application;

import city.gridline.notification.deadline.domain.CaseDeadline;
import city.gridline.notification.deadline.domain.DeadlineState;
import city.gridline.notification.deadline.domain.EscalationLevel;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;

/**
 * One deadline per case number. The claims are single-document conditional updates, so that of several watchers
 * exactly one announces each step of a deadline.
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

    /** Marks one running deadline past its warning instant and not yet warned as WARNING; empty when none is left. */
    Mono<CaseDeadline> claimWarning(Instant now);

    /** Marks one running deadline past due and announced WARNING as OVERDUE; empty when none is left. */
    Mono<CaseDeadline> claimOverdue(Instant now);

    /**
     * Marks one running OVERDUE deadline at escalation level {@code from} (null: none yet) and due no later than
     * {@code dueBy} as escalated to {@code to}; empty when none is left.
     */
    Mono<CaseDeadline> claimEscalation(EscalationLevel from, EscalationLevel to, Instant dueBy);

    /** Undoes a claim whose announcement failed, so that the next watch tries again. */
    Mono<Void> unclaim(CaseDeadline claimed, DeadlineState announced, EscalationLevel escalated);

    /** Running deadlines due before {@code now}. */
    Flux<CaseDeadline> runningPastDue(Instant now);
}
