package city.gridline.dispatch.cases.application;

import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.DeadlineOverdue;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.dispatch.cases.domain.DispatchCase;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Dispatch's own record of cases. A case changes only by appending events under the version it was read at, in one
 * single-document write together with the client operation that caused them — so a lost race or a repeated
 * operation changes nothing.
 */
public interface CaseStore {

    Mono<StoredCase> findByReportId(String reportId);

    Mono<StoredCase> findByCaseNumber(String caseNumber);

    /** Stores a new case with its first events, or, when the report has a case already, gives back that one. */
    Mono<StoredCase> insertOrFindByReport(DispatchCase newCase, List<EventEnvelope<CaseEvent>> events);

    /**
     * Appends the events that moved the case from {@code expectedVersion} to its present state, with the operation
     * (when there is one) and its fingerprint (when it has one); false when the stored case is no longer at that
     * version, or has taken the operation already, or — when the events merge it into another case — while
     * {@linkplain #isBeingMergedInto another case is being merged into it}.
     */
    Mono<Boolean> append(DispatchCase updated, int expectedVersion, List<EventEnvelope<CaseEvent>> events,
                         String operationId, String fingerprint);

    /**
     * Claims {@code original} as the case {@code duplicate} is being merged into, under {@code claimId}, before the
     * merge is appended to the duplicate; false when the original is no longer in a status that
     * {@linkplain city.gridline.dispatch.cases.domain.CaseStatus#takesDuplicates takes duplicates}. The merge
     * {@linkplain #withdrawClaim withdraws} it once recorded or refused.
     */
    Mono<Boolean> claimAsOriginal(String original, String duplicate, String claimId);

    /** Withdraws a merge's claim on its original; a claim the original does not hold changes nothing. */
    Mono<Void> withdrawClaim(String original, String claimId);

    /** Whether the case holds a claim: another case is being merged into it at this moment. */
    Mono<Boolean> isBeingMergedInto(String caseNumber);

    Mono<Void> markPublished(String caseNumber, Collection<String> eventIds);

    /**
     * Records that the case passed its deadline (the notification service's word); a granted extension or a reopening
     * clears it. A notice about a deadline the case no longer has changes nothing: one whose deadline was set before
     * the case's deadline was last moved ({@link DeadlineOverdue#deadlineSetAt()}), or, from a sender that does not
     * say, one found before then. So neither a notice read again (a redelivery, a replay of the topic) nor one the
     * notification service found before it had seen the extension puts back on the overdue queue a case that has a
     * new deadline since.
     */
    Mono<OverdueNotice> markOverdue(DeadlineOverdue notice);

    /** Cases with events still to be published, last changed before the given instant. */
    Flux<String> withUnpublishedEvents(Instant changedBefore);

    /** Dispatched cases whose team has not signed by their sign-by time. */
    Flux<DispatchCase> unsignedPast(Instant now);

    Flux<DispatchCase> find(CaseQuery query);

    /** Open cases per team, for the teams asked about. */
    Mono<Map<String, Long>> openCasesByTeam(Collection<String> teamIds);

    /** The next number of the day's case sequence, starting at 1; never the same twice. */
    Mono<Long> nextSequence(LocalDate day);
}
