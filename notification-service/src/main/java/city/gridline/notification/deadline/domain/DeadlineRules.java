package city.gridline.notification.deadline.domain;

import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.event.CaseCancelled;
import city.gridline.contracts.event.CaseClosed;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseExtensionDecided;
import city.gridline.contracts.event.CaseMerged;
import city.gridline.contracts.event.CaseReopened;
import city.gridline.contracts.event.CaseResolved;
import city.gridline.contracts.event.CaseTransferred;
import city.gridline.contracts.event.CaseVerified;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts, extends and reads case deadlines. The warning comes when {@code warningShare} of the whole limit
 * (extensions included) has been used, counted the way the limit counts: wall-clock time from the dispatch for an
 * hours limit, time on working days only from the next day for a working-days limit, so that a holiday inside the
 * span does not bring the warning forward and cases due together are warned together.
 * The warning instant is cut to the second.
 */
public final class DeadlineRules {

    /**
     * How the warning share is counted, part of what stored deadlines were counted by: since 25 November 2026 a
     * working-days limit's share is counted from the next day, as the limit is, not from the dispatch itself.
     */
    private static final String WARNING_COUNTED = "/share-from-counting-start";

    private final DeadlineClock clock;
    private final double warningShare;
    private final EscalationLadder ladder;
    private final CountingRules countingRules;

    public DeadlineRules(DeadlineClock clock, double warningShare, EscalationLadder ladder) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!(warningShare > 0 && warningShare <= 1)) {
            throw new IllegalArgumentException("the warning share is in (0, 1], was " + warningShare);
        }
        this.warningShare = warningShare;
        this.ladder = Objects.requireNonNull(ladder, "ladder");
        this.countingRules = new CountingRules(clock.calendar().fingerprint() + "/" + warningShare + WARNING_COUNTED,
                clock.calendar().listedUntil().orElse(null));
    }

    public CaseDeadline start(String caseNumber, Instant dispatchedAt, TimeLimit limit) {
        Instant dueAt = clock.dueAt(dispatchedAt, limit);
        return new CaseDeadline(caseNumber, dispatchedAt, limit, List.of(), warningAt(dispatchedAt, dueAt, limit.unit()),
                dueAt).withCountedBy(countingRules.fingerprint());
    }

    /** The deadline moved by a further limit granted at {@code decidedAt}. */
    public CaseDeadline extend(CaseDeadline deadline, TimeLimit extra, Instant decidedAt) {
        Instant dueAt = clock.extended(deadline.dueAt(), extra);
        List<TimeLimit> extensions = new ArrayList<>(deadline.extensions());
        extensions.add(extra);
        Instant warningAt = warningAt(deadline.dispatchedAt(), dueAt, deadline.limit().unit());
        CaseDeadline moved = new CaseDeadline(deadline.caseNumber(), deadline.dispatchedAt(), deadline.limit(),
                extensions, warningAt, dueAt);
        // counted by these rules only if all of it was: an extension by other rules leaves it for a recount
        String countedBy = countingRules.fingerprint().equals(deadline.countedBy()) ? deadline.countedBy() : null;
        return deadline.movedTo(extensions, decidedAt, warningAt, dueAt, moved.stateAt(decidedAt),
                ladder.levelAt(dueAt, decidedAt).orElse(null)).withCountedBy(countedBy);
    }

    /**
     * The deadline after a step of its case: a granted extension moves it, a resolution records the time (a failed
     * check clears it again), the case's end stops it, a reopening after an unsatisfied call-back starts it afresh.
     * Other steps leave it as it is.
     */
    public CaseDeadline afterStep(CaseDeadline deadline, CaseEvent event) {
        if (event instanceof CaseExtensionDecided decided) {
            return decided.granted() ? extend(deadline, decided.extension(), decided.decidedAt()) : deadline;
        }
        if (event instanceof CaseResolved resolved) {
            return deadline.resolved(resolved.resolvedAt());
        }
        if (event instanceof CaseVerified verified) {
            return verified.passed() ? deadline : deadline.reopened();
        }
        if (event instanceof CaseReopened reopened) {
            return restart(deadline, reopened.reopenedAt(),
                    reopened.handlingLimit() != null ? reopened.handlingLimit() : deadline.limit());
        }
        if (event instanceof CaseClosed closed) {
            return deadline.stopped(StopReason.CLOSED, closed.closedAt());
        }
        if (event instanceof CaseCancelled cancelled) {
            return deadline.stopped(StopReason.CANCELLED, cancelled.cancelledAt());
        }
        if (event instanceof CaseMerged merged) {
            return deadline.stopped(StopReason.MERGED, merged.mergedAt());
        }
        if (event instanceof CaseTransferred transferred) {
            return deadline.stopped(StopReason.TRANSFERRED, transferred.transferredAt());
        }
        return deadline;
    }

    /**
     * A fresh clock of {@code limit} from {@code at} for a case back with its team (重办): running, nothing announced,
     * so the new deadline is warned and escalated once more. The case's history of applied events stays.
     */
    public CaseDeadline restart(CaseDeadline deadline, Instant at, TimeLimit limit) {
        CaseDeadline fresh = start(deadline.caseNumber(), at, limit);
        return new CaseDeadline(fresh.caseNumber(), fresh.dispatchedAt(), fresh.limit(), List.of(), null,
                fresh.warningAt(), fresh.dueAt(), null, null, null, DeadlineState.ON_TIME, null,
                deadline.appliedEvents(), fresh.countedBy(), deadline.version());
    }

    /**
     * The deadline counted again by these rules, for when the working-day calendar or the warning share changed since
     * it was counted (next year's holiday notice loaded): the same dispatch, limit and extensions give the due and
     * warning instants these rules say. What was announced stays announced only as far as the case is still there
     * at {@code now} (for a resolved case, at its resolution) against the recounted deadline, as after an extension.
     * A stopped deadline, and one announced overdue, keep theirs: its overdue notice and escalations have gone out
     * against that due time. Any other comes back as counted by these rules ({@link CaseDeadline#countedBy()}).
     */
    public CaseDeadline recounted(CaseDeadline deadline, Instant now) {
        if (deadline.stoppedAt() != null || deadline.announced() == DeadlineState.OVERDUE) {
            return deadline;
        }
        Instant dueAt = clock.dueAt(deadline.dispatchedAt(), deadline.limit());
        for (TimeLimit extra : deadline.extensions()) {
            dueAt = clock.extended(dueAt, extra);
        }
        Instant warningAt = warningAt(deadline.dispatchedAt(), dueAt, deadline.limit().unit());
        if (dueAt.equals(deadline.dueAt()) && warningAt.equals(deadline.warningAt())) {
            return deadline.withCountedBy(countingRules.fingerprint());
        }
        Instant at = deadline.isRunning() ? now : deadline.resolvedAt();
        CaseDeadline counted = new CaseDeadline(deadline.caseNumber(), deadline.dispatchedAt(), deadline.limit(),
                deadline.extensions(), warningAt, dueAt);
        return deadline.movedTo(deadline.extensions(), deadline.extendedAt(), warningAt, dueAt, counted.stateAt(at),
                ladder.levelAt(dueAt, at).orElse(null)).withCountedBy(countingRules.fingerprint());
    }

    /** What these rules count by, to tell whether stored deadlines were counted by them. */
    public CountingRules countingRules() {
        return countingRules;
    }

    /** Where the deadline stands at {@code now}; a stopped or resolved clock stands where it stopped. */
    public DeadlineStatus statusAt(CaseDeadline deadline, Instant now) {
        if (!deadline.isRunning()) {
            Instant stoppedAt = deadline.resolvedAt() != null ? deadline.resolvedAt() : deadline.stoppedAt();
            return new DeadlineStatus(deadline.stateAt(stoppedAt), ladder.levelAt(deadline.dueAt(), stoppedAt),
                    Optional.empty());
        }
        return new DeadlineStatus(deadline.stateAt(now), ladder.levelAt(deadline.dueAt(), now),
                ladder.nextStepAt(deadline.dueAt(), now));
    }

    public EscalationLadder ladder() {
        return ladder;
    }

    private Instant warningAt(Instant dispatchedAt, Instant dueAt, TimeLimit.Unit unit) {
        Instant start = clock.countingStart(dispatchedAt, unit);
        Duration counted = clock.countedBetween(start, dueAt, unit);
        Duration beforeWarning = Duration.ofNanos(Math.round(counted.toNanos() * warningShare));
        return clock.afterCounting(start, beforeWarning, unit).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A deadline read at one instant: its state, the escalation reached and when the next step comes. */
    public record DeadlineStatus(DeadlineState state, Optional<EscalationLevel> escalation,
                                 Optional<Instant> nextEscalationAt) {
    }
}
