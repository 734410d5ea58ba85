package city.gridline.notification.assessment.application;

import city.gridline.notification.assessment.domain.AssessedCase;
import city.gridline.notification.assessment.domain.Assessment;
import city.gridline.notification.assessment.domain.GroupBy;
import city.gridline.notification.assessment.domain.GroupKey;
import city.gridline.notification.callback.application.CallbackStore;
import city.gridline.notification.callback.domain.CallbackTask;
import city.gridline.notification.deadline.application.CaseDeadlines;
import city.gridline.notification.deadline.domain.CaseDeadline;
import city.gridline.notification.register.application.CaseRecordStore;
import city.gridline.notification.register.domain.CaseRecord;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Computes the assessment in memory from the case register, joined with the deadlines and call-backs of the same
 * cases. In memory rather than as one MongoDB aggregation: each rate needs per-case comparisons between fields
 * (signed by the sign-by time, resolved by the deadline) and a join of three collections, which the embedded
 * MongoDB server cannot run ($expr, $lookup); a period is bounded (30 days of a district's cases by default), and
 * the register is read by an indexed range on the first dispatch time.
 */
public class Assessments {

    private static final int JOIN_BATCH = 500;

    private final CaseRecordStore register;
    private final CaseDeadlines deadlines;
    private final CallbackStore callbacks;
    private final ReceivedReports reports;

    public Assessments(CaseRecordStore register, CaseDeadlines deadlines, CallbackStore callbacks,
                       ReceivedReports reports) {
        this.register = register;
        this.deadlines = deadlines;
        this.callbacks = callbacks;
        this.reports = reports;
    }

    /** The cases first dispatched within [from, to), grouped; {@code now} decides what is overdue. */
    public Mono<Assessment> assess(GroupBy groupBy, Instant from, Instant to, Instant now) {
        Mono<List<AssessedCase>> cases = register.dispatchedBetween(from, to)
                .buffer(JOIN_BATCH)
                .concatMap(batch -> assessed(batch, now))
                .collectList();
        return Mono.zip(cases, register.countOpenedBetween(from, to), reports.countBetween(from, to))
                .map(all -> Assessment.of(from, to, groupBy, all.getT2(), all.getT3(), all.getT1()));
    }

    private Flux<AssessedCase> assessed(List<CaseRecord> batch, Instant now) {
        List<String> numbers = batch.stream().map(CaseRecord::caseNumber).toList();
        Mono<Map<String, CaseDeadline>> deadlinesOf = deadlines.findAll(numbers)
                .collectMap(CaseDeadline::caseNumber, Function.identity());
        Mono<Map<String, CallbackTask>> callbacksOf = callbacks.findAll(numbers)
                .collectMap(CallbackTask::caseNumber, Function.identity());
        return Mono.zip(deadlinesOf, callbacksOf).flatMapMany(joined -> Flux.fromIterable(batch)
                .map(record -> assessed(record, joined.getT1().get(record.caseNumber()),
                        joined.getT2().get(record.caseNumber()), now)));
    }

    static AssessedCase assessed(CaseRecord record, CaseDeadline deadline, CallbackTask callback, Instant now) {
        GroupKey district = record.place() == null ? GroupKey.UNKNOWN
                : new GroupKey(record.place().district().code(), record.place().district().name(), null);
        GroupKey street = record.place() == null ? GroupKey.UNKNOWN
                : new GroupKey(record.place().street().code(), record.place().street().name(), district.name());
        GroupKey team = record.leadTeam() == null ? GroupKey.UNKNOWN
                : new GroupKey(record.leadTeam().id(), record.leadTeam().name(), null);
        GroupKey category = record.categoryCode() == null ? GroupKey.UNKNOWN
                : new GroupKey(record.categoryCode(), record.categoryCode(), null);
        boolean resolved = record.resolvedAt() != null;
        boolean lateBefore = deadline != null && deadline.lateInEarlierRound();
        boolean onTime = deadline != null ? deadline.resolvedOnTime() && !lateBefore : resolved;
        boolean overdue = deadline != null && deadline.isRunning() && !deadline.dueAt().isAfter(now);
        int failed = (int) record.failedVerifications();
        return new AssessedCase(district, street, team, category, !record.returns().isEmpty(), resolved,
                resolved && onTime, lateBefore, record.closedAt() != null, record.verifications().size(), failed,
                record.reopenings().size(), record.signedInTime(), overdue,
                callback == null || callback.result() == null ? null : callback.result().isSatisfied());
    }
}
