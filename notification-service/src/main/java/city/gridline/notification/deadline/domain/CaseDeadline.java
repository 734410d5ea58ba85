package city.gridline.notification.deadline.domain;

import city.gridline.contracts.TimeLimit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A dispatched case's handling deadline: the clock starts at dispatch; {@code extensions} are the limits granted on
 * top of the first ({@code 延期}), oldest first.
 * <ul>
 *   <li>{@code extendedAt}: when the last of them was granted (the decision's own instant); null without extensions,
 *   and for a deadline extended before this was recorded.</li>
 *   <li>{@code waitedForChecks}: how long its clock stood still while a reported result waited for a check that then
 *   failed, counted the way the limit counts; the due and warning instants are that much later. Zero for none.</li>
 *   <li>{@code resolvedAt}: when the team reported it handled; a failed verification clears it and the clock runs
 *   on from where it stopped ({@link DeadlineRules#afterFailedCheck}).</li>
 *   <li>{@code backloggedAt}: when the command centre put the case on the problem backlog (挂账), having found it
 *   unsolved after its extension. The clock runs on (the case is overdue all the same), but no step of it is
 *   announced until the case leaves the backlog: resolved, returned or dispatched again.</li>
 *   <li>{@code stoppedAt}, {@code stopReason}: the case ended (closed, cancelled, merged, transferred).</li>
 *   <li>{@code lateInEarlierRound}: a round of the case before a reopening (重办) ended past its deadline; the case
 *   stays late for the assessment, however the rounds after it go.</li>
 *   <li>{@code announced}, {@code escalated}: the state and the escalation level already announced, each once.</li>
 *   <li>{@code appliedEvents}: the case events that changed it; {@code version} counts stored changes.</li>
 *   <li>{@code countedBy}: the fingerprint of the counting rules ({@link CountingRules}) its due and warning instants
 *   were counted by, all of them; null when unknown (stored before it was recorded) or counted by two (extended by
 *   other rules than those it was started by).</li>
 * </ul>
 */
public record CaseDeadline(String caseNumber, Instant dispatchedAt, TimeLimit limit, List<TimeLimit> extensions,
                           Instant extendedAt, Duration waitedForChecks, Instant warningAt, Instant dueAt,
                           Instant resolvedAt, Instant backloggedAt, Instant stoppedAt, StopReason stopReason,
                           boolean lateInEarlierRound, DeadlineState announced, EscalationLevel escalated,
                           List<String> appliedEvents, String countedBy, long version) {

    public CaseDeadline {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(dispatchedAt, "dispatchedAt");
        Objects.requireNonNull(limit, "limit");
        extensions = List.copyOf(extensions);
        waitedForChecks = waitedForChecks == null ? Duration.ZERO : waitedForChecks;
        if (waitedForChecks.isNegative()) {
            throw new IllegalArgumentException("a wait for checks is not negative: " + waitedForChecks);
        }
        Objects.requireNonNull(warningAt, "warningAt");
        Objects.requireNonNull(dueAt, "dueAt");
        announced = announced == null ? DeadlineState.ON_TIME : announced;
        appliedEvents = appliedEvents == null ? List.of() : List.copyOf(appliedEvents);
        if (warningAt.isAfter(dueAt) || dueAt.isBefore(dispatchedAt)) {
            throw new IllegalArgumentException("expected dispatch ≤ warning ≤ due, got " + dispatchedAt + ", "
                    + warningAt + ", " + dueAt);
        }
    }

    /** A clock just started: running, nothing announced. */
    public CaseDeadline(String caseNumber, Instant dispatchedAt, TimeLimit limit, List<TimeLimit> extensions,
                        Instant warningAt, Instant dueAt) {
        this(caseNumber, dispatchedAt, limit, extensions, null, Duration.ZERO, warningAt, dueAt, null, null, null,
                null, false, DeadlineState.ON_TIME, null, List.of(), null, 0);
    }

    /**
     * When the deadline in force was set: at the dispatch (or the reopening that restarted the clock, which is then
     * its {@code dispatchedAt}), or by the last granted extension; null for an extended deadline that does not know
     * when.
     */
    public Instant deadlineSetAt() {
        return extensions.isEmpty() ? dispatchedAt : extendedAt;
    }

    public DeadlineState stateAt(Instant now) {
        if (now.isBefore(warningAt)) {
            return DeadlineState.ON_TIME;
        }
        return now.isBefore(dueAt) ? DeadlineState.WARNING : DeadlineState.OVERDUE;
    }

    /**
     * Neither resolved (awaiting its check) nor stopped: the watcher follows it, and announces its steps unless it is
     * on the backlog.
     */
    public boolean isRunning() {
        return resolvedAt == null && stoppedAt == null;
    }

    /** On the problem backlog: the watcher announces none of its steps. */
    public boolean isOnBacklog() {
        return backloggedAt != null;
    }

    public boolean hasApplied(String eventId) {
        return appliedEvents.contains(eventId);
    }

    /** Resolved, and no later than the deadline. */
    public boolean resolvedOnTime() {
        return resolvedAt != null && !resolvedAt.isAfter(dueAt);
    }

    /**
     * Whether the round of this deadline ended past it: resolved late, or not resolved before the case stopped, or
     * (still running) before {@code at}.
     */
    boolean endedLate(Instant at) {
        Instant ended = resolvedAt != null ? resolvedAt : (stoppedAt != null ? stoppedAt : at);
        return ended.isAfter(dueAt);
    }

    /**
     * The team reported the case handled; the time counts against the deadline then in force. A case resolved from
     * the backlog is off it: a failed check sends it back to the team for rework.
     */
    public CaseDeadline resolved(Instant at) {
        if (stoppedAt != null) {
            return this;
        }
        return new CaseDeadline(caseNumber, dispatchedAt, limit, extensions, extendedAt, waitedForChecks, warningAt,
                dueAt, at, null, null, null, lateInEarlierRound, announced, escalated, appliedEvents, countedBy,
                version);
    }

    /**
     * The resolution cleared: the case is open again, back with the team (off the backlog), and the clock runs on
     * against the same deadline.
     */
    public CaseDeadline reopened() {
        if (stoppedAt != null) {
            return this;
        }
        return new CaseDeadline(caseNumber, dispatchedAt, limit, extensions, extendedAt, waitedForChecks, warningAt,
                dueAt, null, null, null, null, lateInEarlierRound, announced, escalated, appliedEvents, countedBy,
                version);
    }

    /**
     * Open again after a check that failed, its clock having stood still for {@code waited} (by
     * {@link DeadlineRules#afterFailedCheck}): back with the team (off the backlog), on a deadline that much later,
     * what was announced kept as after a move.
     */
    CaseDeadline resumedAfter(Duration waited, Instant newWarningAt, Instant newDueAt, DeadlineState stateAtResume,
                              EscalationLevel levelAtResume) {
        CaseDeadline open = new CaseDeadline(caseNumber, dispatchedAt, limit, extensions, extendedAt,
                waitedForChecks.plus(waited), warningAt, dueAt, null, null, null, null, lateInEarlierRound, announced,
                escalated, appliedEvents, countedBy, version);
        return open.movedTo(extensions, extendedAt, newWarningAt, newDueAt, stateAtResume, levelAtResume);
    }

    /** Put on the problem backlog at {@code at}; a resolved or stopped clock, or one on the backlog, stays as it is. */
    public CaseDeadline backlogged(Instant at) {
        if (!isRunning() || isOnBacklog()) {
            return this;
        }
        return new CaseDeadline(caseNumber, dispatchedAt, limit, extensions, extendedAt, waitedForChecks, warningAt,
                dueAt, null, at, null, null, lateInEarlierRound, announced, escalated, appliedEvents, countedBy,
                version);
    }

    /**
     * Taken off the problem backlog: its steps are announced again, against the same deadline, from the one after
     * {@code passedOver} (the level reached while it was there, null for none), which is taken as escalated.
     */
    public CaseDeadline offBacklog(EscalationLevel passedOver) {
        if (!isOnBacklog()) {
            return this;
        }
        EscalationLevel level = escalated == null || passedOver != null && passedOver.compareTo(escalated) > 0
                ? passedOver : escalated;
        return new CaseDeadline(caseNumber, dispatchedAt, limit, extensions, extendedAt, waitedForChecks, warningAt,
                dueAt, resolvedAt, null, stoppedAt, stopReason, lateInEarlierRound, announced, level, appliedEvents,
                countedBy, version);
    }

    public CaseDeadline stopped(StopReason reason, Instant at) {
        if (stoppedAt != null) {
            return this;
        }
        return new CaseDeadline(caseNumber, dispatchedAt, limit, extensions, extendedAt, waitedForChecks, warningAt,
                dueAt, resolvedAt, backloggedAt, at, reason, lateInEarlierRound, announced, escalated, appliedEvents,
                countedBy, version);
    }

    /**
     * Moved to another deadline (by {@link DeadlineRules#extend}, {@link DeadlineRules#recounted} or
     * {@link DeadlineRules#afterFailedCheck}). What was announced stays announced only as far as the case is still
     * there, at the instant of the move, against the new deadline ({@code stateAtMove}, {@code levelAtMove}), so that
     * it is warned and escalated again, once, against the new one.
     */
    CaseDeadline movedTo(List<TimeLimit> newExtensions, Instant newExtendedAt, Instant newWarningAt, Instant newDueAt,
                         DeadlineState stateAtMove, EscalationLevel levelAtMove) {
        DeadlineState keptState = stateAtMove.compareTo(announced) < 0 ? stateAtMove : announced;
        EscalationLevel keptLevel = keptState != DeadlineState.OVERDUE || escalated == null || levelAtMove == null
                ? null : (levelAtMove.compareTo(escalated) < 0 ? levelAtMove : escalated);
        return new CaseDeadline(caseNumber, dispatchedAt, limit, newExtensions, newExtendedAt, waitedForChecks,
                newWarningAt, newDueAt, resolvedAt, backloggedAt, stoppedAt, stopReason, lateInEarlierRound, keptState,
                keptLevel, appliedEvents, countedBy, version);
    }

    /** This deadline, its instants counted by the rules of fingerprint {@code rules} (null: not by one set alone). */
    public CaseDeadline withCountedBy(String rules) {
        if (Objects.equals(rules, countedBy)) {
            return this;
        }
        return new CaseDeadline(caseNumber, dispatchedAt, limit, extensions, extendedAt, waitedForChecks, warningAt,
                dueAt, resolvedAt, backloggedAt, stoppedAt, stopReason, lateInEarlierRound, announced, escalated,
                appliedEvents, rules, version);
    }

    public CaseDeadline withApplied(String eventId) {
        List<String> applied = new ArrayList<>(appliedEvents);
        applied.add(eventId);
        return new CaseDeadline(caseNumber, dispatchedAt, limit, extensions, extendedAt, waitedForChecks, warningAt,
                dueAt, resolvedAt, backloggedAt, stoppedAt, stopReason, lateInEarlierRound, announced, escalated,
                applied, countedBy, version);
    }
}
