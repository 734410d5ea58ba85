package city.gridline.notification.deadline.domain;

import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.event.CaseBacklogged;
import city.gridline.contracts.event.CaseCancelled;
import city.gridline.contracts.event.CaseClosed;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseExtensionDecided;
import city.gridline.contracts.event.CaseMerged;
import city.gridline.contracts.event.CaseReopened;
import city.gridline.contracts.event.CaseResolved;
import city.gridline.contracts.event.CaseReturned;
import city.gridline.contracts.event.CaseTransferred;
import city.gridline.contracts.event.CaseVerified;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts, extends and reads case deadlines. The warning comes when {@code warningShare} of the whole limit
 * (extensions included) has been used, counted the way the limit counts: wall-clock time from the dispatch for an
 * hours limit, time on working days only from the next day for a working-days limit, so that a holiday inside the
 * span does not bring the warning forward and cases due together are warned together.
 * The warning instant is cut to the second. The time a case waited for a check that then failed is not the team's: it
 * moves the due and warning instants later ({@link #afterFailedCheck}).
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
        Instant warningAt = warningAt(deadline.dispatchedAt(), dueAt, deadline.limit().unit(),
                deadline.waitedForChecks());
        CaseDeadline moved = new CaseDeadline(deadline.caseNumber(), deadline.dispatchedAt(), deadline.limit(),
                extensions, warningAt, dueAt);
        // counted by these rules only if all of it was: an extension by other rules leaves it for a recount
        String countedBy = countingRules.fingerprint().equals(deadline.countedBy()) ? deadline.countedBy() : null;
        return deadline.movedTo(extensions, decidedAt, warningAt, dueAt, moved.stateAt(decidedAt),
                levelAt(dueAt, deadline.limit().unit(), decidedAt).orElse(null)).withCountedBy(countedBy);
    }

    /**
     * The deadline after a step of its case: a granted extension moves it, a resolution records the time (a failed
     * check clears it again and moves the deadline by the wait), the case's end stops it, a reopening after an
     * unsatisfied call-back starts it afresh. The problem backlog (挂账) holds its escalation steps back until the case
     * is returned, dispatched again or resolved: the command centre keeps the case on its own list, knowing the
     * deadline missed, so chasing, supervising and publicly reporting it would only repeat that. Its overdue notice
     * still goes out: dispatch's overdue list counts on it. Other steps leave it as it is.
     */
    public CaseDeadline afterStep(CaseDeadline deadline, CaseEvent event) {
        if (event instanceof CaseExtensionDecided decided) {
            return decided.granted() ? extend(deadline, decided.extension(), decided.decidedAt()) : deadline;
        }
        if (event instanceof CaseBacklogged backlogged) {
            return deadline.backlogged(backlogged.backloggedAt());
        }
        if (event instanceof CaseReturned returned) {
            return leftBacklog(deadline, returned.returnedAt());
        }
        if (event instanceof CaseDispatched dispatched) {
            return leftBacklog(deadline, dispatched.dispatchedAt());
        }
        if (event instanceof CaseResolved resolved) {
            return deadline.resolved(resolved.resolvedAt());
        }
        if (event instanceof CaseVerified verified) {
            return verified.passed() ? deadline : afterFailedCheck(deadline, verified.verifiedAt());
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
     * Off the backlog by a step taken after it was put there: a step from before (a redelivery, a replay) leaves it
     * on. The escalation steps whose time came while the case was on the backlog are passed over, not announced late
     * to whoever holds the case now; the ladder goes on from the next one.
     */
    private CaseDeadline leftBacklog(CaseDeadline deadline, Instant at) {
        if (!deadline.isOnBacklog() || !at.isAfter(deadline.backloggedAt())) {
            return deadline;
        }
        return deadline.offBacklog(levelAt(deadline.dueAt(), deadline.limit().unit(), at).orElse(null));
    }

    /**
     * A failed check at {@code checkedAt} (返工): the case is open again and its clock runs on from where the
     * resolution stopped it. The wait for the check is not the team's: the deadline and its warning come as much later
     * as the case waited, counted the way the limit counts — wall-clock time for hours; for working days, the working
     * days after the day of the resolution up to that of the check, the clock resuming the day after the check as it
     * starts the day after a dispatch (次日起算). A case resolved late is as far past its deadline after the check as
     * at its resolution, so its escalation goes on from the level it had, a step at a time, not up the whole ladder at
     * once. What was announced stays announced as far as the case is still there against the moved deadline, as after
     * an extension.
     */
    public CaseDeadline afterFailedCheck(CaseDeadline deadline, Instant checkedAt) {
        if (deadline.stoppedAt() != null || deadline.resolvedAt() == null) {
            return deadline.reopened();
        }
        Duration waited = waitForCheck(deadline, checkedAt);
        if (waited.isZero()) {
            return deadline.reopened();
        }
        TimeLimit.Unit unit = deadline.limit().unit();
        Instant dueAt = clock.afterCounting(deadline.dueAt(), waited, unit);
        Instant warningAt = warningAt(deadline.dispatchedAt(), dueAt, unit, deadline.waitedForChecks().plus(waited));
        CaseDeadline moved = new CaseDeadline(deadline.caseNumber(), deadline.dispatchedAt(), deadline.limit(),
                deadline.extensions(), warningAt, dueAt);
        String countedBy = countingRules.fingerprint().equals(deadline.countedBy()) ? deadline.countedBy() : null;
        return deadline.resumedAfter(waited, warningAt, dueAt, moved.stateAt(checkedAt),
                levelAt(dueAt, unit, checkedAt).orElse(null)).withCountedBy(countedBy);
    }

    /** The wait from the resolution to the check, counted the way the limit counts (working days from the next day). */
    private Duration waitForCheck(CaseDeadline deadline, Instant checkedAt) {
        if (!checkedAt.isAfter(deadline.resolvedAt())) {
            return Duration.ZERO;
        }
        TimeLimit.Unit unit = deadline.limit().unit();
        return clock.countedBetween(clock.countingStart(deadline.resolvedAt(), unit),
                clock.countingStart(checkedAt, unit), unit);
    }

    /**
     * A fresh clock of {@code limit} from {@code at} for a case back with its team (重办): running, nothing announced,
     * so the new deadline is warned and escalated once more. The case's history of applied events stays, and so does
     * whether an earlier round was late (this one too, when it ended past its deadline): a reopening does not make a
     * late case an on-time one.
     */
    public CaseDeadline restart(CaseDeadline deadline, Instant at, TimeLimit limit) {
        CaseDeadline fresh = start(deadline.caseNumber(), at, limit);
        boolean lateBefore = deadline.lateInEarlierRound() || deadline.endedLate(at);
        return new CaseDeadline(fresh.caseNumber(), fresh.dispatchedAt(), fresh.limit(), List.of(), null,
                Duration.ZERO, fresh.warningAt(), fresh.dueAt(), null, null, null, null, lateBefore,
                DeadlineState.ON_TIME, null, deadline.appliedEvents(), fresh.countedBy(), deadline.version());
    }

    /**
     * The deadline counted again by these rules, for when the working-day calendar or the warning share changed since
     * it was counted (next year's holiday notice loaded): the same dispatch, limit, extensions and time waited for
     * failed checks give the due and warning instants these rules say. What was announced stays announced only as far
     * as the case is still there at {@code now} (for a resolved case, at its resolution) against the recounted
     * deadline, as after an extension.
     * A stopped deadline, and one announced overdue, keep theirs: its overdue notice and escalations have gone out
     * against that due time. Any other comes back as counted by these rules ({@link CaseDeadline#countedBy()}).
     */
    public CaseDeadline recounted(CaseDeadline deadline, Instant now) {
        if (deadline.stoppedAt() != null || deadline.announced() == DeadlineState.OVERDUE) {
            return deadline;
        }
        if (!deadline.waitedForChecks().isZero() && deadline.extensions().stream()
                .anyMatch(extra -> extra.unit() != deadline.limit().unit())) {
            // waits and extensions of different units do not commute, and the order they came in is not kept:
            // counted again in another order, the deadline could come earlier than the team was told
            return deadline.withCountedBy(countingRules.fingerprint());
        }
        Instant dueAt = clock.dueAt(deadline.dispatchedAt(), deadline.limit());
        for (TimeLimit extra : deadline.extensions()) {
            dueAt = clock.extended(dueAt, extra);
        }
        TimeLimit.Unit unit = deadline.limit().unit();
        if (!deadline.waitedForChecks().isZero()) {
            dueAt = clock.afterCounting(dueAt, deadline.waitedForChecks(), unit);
        }
        Instant warningAt = warningAt(deadline.dispatchedAt(), dueAt, unit, deadline.waitedForChecks());
        if (dueAt.equals(deadline.dueAt()) && warningAt.equals(deadline.warningAt())) {
            return deadline.withCountedBy(countingRules.fingerprint());
        }
        Instant at = deadline.isRunning() ? now : deadline.resolvedAt();
        CaseDeadline counted = new CaseDeadline(deadline.caseNumber(), deadline.dispatchedAt(), deadline.limit(),
                deadline.extensions(), warningAt, dueAt);
        return deadline.movedTo(deadline.extensions(), deadline.extendedAt(), warningAt, dueAt, counted.stateAt(at),
                levelAt(dueAt, unit, at).orElse(null)).withCountedBy(countingRules.fingerprint());
    }

    /** What these rules count by, to tell whether stored deadlines were counted by them. */
    public CountingRules countingRules() {
        return countingRules;
    }

    /**
     * Where the deadline stands at {@code now}; a stopped or resolved clock stands where it stopped. Each escalation
     * step comes once the time past the deadline, counted the way the limit counts, reaches the step's: so for a
     * working-days limit due at the end of a Friday, 督办 (24 h) comes at the end of Monday, not on Sunday. A case on
     * the backlog is overdue all the same, but escalated no further than it had been when it was put there.
     */
    public DeadlineStatus statusAt(CaseDeadline deadline, Instant now) {
        TimeLimit.Unit unit = deadline.limit().unit();
        if (!deadline.isRunning()) {
            Instant stoppedAt = deadline.resolvedAt() != null ? deadline.resolvedAt() : deadline.stoppedAt();
            return new DeadlineStatus(deadline.stateAt(stoppedAt), levelAt(deadline.dueAt(), unit, stoppedAt),
                    Optional.empty());
        }
        if (deadline.isOnBacklog()) {
            return new DeadlineStatus(deadline.stateAt(now), levelAt(deadline.dueAt(), unit, deadline.backloggedAt()),
                    Optional.empty());
        }
        return new DeadlineStatus(deadline.stateAt(now), levelAt(deadline.dueAt(), unit, now),
                ladder.steps().stream()
                        .map(step -> reachedAt(step, deadline.dueAt(), unit))
                        .filter(now::isBefore)
                        .findFirst());
    }

    /**
     * For each unit of limit, the latest due instant of a deadline that has reached {@code step} at {@code now}: what
     * the watch asks the store for.
     */
    public Map<TimeLimit.Unit, Instant> dueByToReach(EscalationStep step, Instant now) {
        Map<TimeLimit.Unit, Instant> dueBy = new EnumMap<>(TimeLimit.Unit.class);
        for (TimeLimit.Unit unit : TimeLimit.Unit.values()) {
            dueBy.put(unit, clock.beforeCounting(now, step.pastDeadline(), unit));
        }
        return dueBy;
    }

    public EscalationLadder ladder() {
        return ladder;
    }

    /** The escalation level reached at {@code at} by a deadline of the unit due at {@code dueAt}. */
    private Optional<EscalationLevel> levelAt(Instant dueAt, TimeLimit.Unit unit, Instant at) {
        return at.isBefore(dueAt) ? Optional.empty() : ladder.levelAfter(clock.countedBetween(dueAt, at, unit));
    }

    /** When a deadline of the unit due at {@code dueAt} reaches the step. */
    private Instant reachedAt(EscalationStep step, Instant dueAt, TimeLimit.Unit unit) {
        // counting nothing from a rest day would wait for the next working day: 催办 comes at the deadline itself
        return step.pastDeadline().isZero() ? dueAt : clock.afterCounting(dueAt, step.pastDeadline(), unit);
    }

    /**
     * The warning of a deadline that waited {@code waitedForChecks} for failed checks: the share of the handling time
     * alone (the deadline as it would be without the wait), then as much later as the wait.
     */
    private Instant warningAt(Instant dispatchedAt, Instant dueAt, TimeLimit.Unit unit, Duration waitedForChecks) {
        if (waitedForChecks.isZero()) {
            return warningAt(dispatchedAt, dueAt, unit);
        }
        Instant dueWithoutWaiting = clock.beforeCounting(dueAt, waitedForChecks, unit);
        return clock.afterCounting(warningAt(dispatchedAt, dueWithoutWaiting, unit), waitedForChecks, unit)
                .truncatedTo(ChronoUnit.SECONDS);
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
