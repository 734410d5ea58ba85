package city.gridline.notification.deadline.domain;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.Urgency;
import city.gridline.contracts.event.CaseBacklogged;
import city.gridline.contracts.event.CaseClosed;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseReopened;
import city.gridline.contracts.event.CaseResolved;
import city.gridline.contracts.event.CaseReturned;
import city.gridline.contracts.event.CaseVerified;
import city.gridline.notification.calendar.domain.CalendarFixture;
import city.gridline.notification.deadline.domain.DeadlineRules.DeadlineStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static city.gridline.notification.deadline.domain.DeadlineClockTest.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineRulesTest {

    private final DeadlineRules rules = new DeadlineRules(
            new DeadlineClock(CalendarFixture.aBundledCalendar(), ZoneId.of("Asia/Shanghai")), 0.8,
            EscalationLadder.standard());

    @Test
    void anHoursLimitWarnsAtItsShareOfWallClockTime() {
        CaseDeadline deadline = rules.start("261123-00001", beijing("2026-11-23T08:00"), TimeLimit.hours(10));

        assertThat(deadline.dueAt()).isEqualTo(beijing("2026-11-23T18:00"));
        assertThat(deadline.warningAt()).isEqualTo(beijing("2026-11-23T16:00"));
    }

    @Test
    void aWorkingDaysLimitWarnsAtItsShareOfWorkingTimeSoAHolidayDoesNotBringTheWarningForward() {
        // Counted from the next day, as the limit is: 10-01 to 10-07 are holidays, then 10-08, 10-09 and Saturday
        // 10-10 (a working day, 调休) = 72 h. 80 % = 57.6 h: 24 h + 24 h leaves 9.6 h = 9 h 36 min into 10-10.
        CaseDeadline deadline = rules.start("261123-00001", beijing("2026-09-30T10:00"), TimeLimit.workingDays(3));

        assertThat(deadline.warningAt()).isEqualTo(beijing("2026-10-10T09:36"));
        assertThat(deadline.dueAt()).isEqualTo(beijing("2026-10-11T00:00"));
    }

    /** Found in review: the dispatch day's hours counted towards the warning, which the limit itself never counts. */
    @Test
    void casesDispatchedOnTheSameDayWithTheSameWorkingDaysLimitAreWarnedTogether() {
        CaseDeadline early = rules.start("261123-00001", beijing("2026-11-23T00:05"), TimeLimit.workingDays(1));
        CaseDeadline late = rules.start("261123-00002", beijing("2026-11-23T23:55"), TimeLimit.workingDays(1));

        assertThat(early.dueAt()).isEqualTo(beijing("2026-11-25T00:00"));
        assertThat(late.dueAt()).isEqualTo(early.dueAt());
        // 80 % of Tuesday 11-24
        assertThat(early.warningAt()).isEqualTo(beijing("2026-11-24T19:12"));
        assertThat(late.warningAt()).isEqualTo(early.warningAt());
    }

    @Test
    void stateGoesFromOnTimeToWarningToOverdue() {
        CaseDeadline deadline = rules.start("261123-00001", beijing("2026-11-23T08:00"), TimeLimit.hours(10));

        assertThat(deadline.stateAt(beijing("2026-11-23T15:59"))).isEqualTo(DeadlineState.ON_TIME);
        assertThat(deadline.stateAt(beijing("2026-11-23T16:00"))).isEqualTo(DeadlineState.WARNING);
        assertThat(deadline.stateAt(beijing("2026-11-23T17:59"))).isEqualTo(DeadlineState.WARNING);
        assertThat(deadline.stateAt(beijing("2026-11-23T18:00"))).isEqualTo(DeadlineState.OVERDUE);
    }

    @Test
    void aReopenedCaseRunsAFreshClockFromItsReopeningWithNothingAnnounced() {
        CaseDeadline first = rules.start("261123-00001", beijing("2026-11-23T08:00"), TimeLimit.hours(10))
                .withApplied("dispatched");
        CaseDeadline overdueAndClosed = rules.afterStep(new CaseDeadline(first.caseNumber(), first.dispatchedAt(),
                        first.limit(), List.of(), null, Duration.ZERO, first.warningAt(), first.dueAt(), null, null,
                        null, null, false, DeadlineState.OVERDUE, EscalationLevel.SUPERVISE, first.appliedEvents(),
                        null, 3),
                new CaseClosed("261123-00001", "r-1", "verified", "member:s", beijing("2026-11-25T09:00")));

        CaseDeadline reopened = rules.afterStep(overdueAndClosed, new CaseReopened("261123-00001", "r-1",
                new TeamRef("T1", "南郎家园综合执法组"), TimeLimit.hours(6), "回访不满意", "callback-1",
                "system:dispatch-service", beijing("2026-11-26T10:00")));

        assertThat(reopened.isRunning()).isTrue();
        assertThat(reopened.dispatchedAt()).isEqualTo(beijing("2026-11-26T10:00"));
        assertThat(reopened.deadlineSetAt()).as("the reopening's own instant").isEqualTo(beijing("2026-11-26T10:00"));
        assertThat(reopened.dueAt()).isEqualTo(beijing("2026-11-26T16:00"));
        assertThat(reopened.announced()).isEqualTo(DeadlineState.ON_TIME);
        assertThat(reopened.escalated()).isNull();
        assertThat(reopened.appliedEvents()).containsExactly("dispatched");
        assertThat(reopened.version()).isEqualTo(3);
        assertThat(reopened.lateInEarlierRound()).as("closed past its deadline").isTrue();
    }

    @Test
    void aReopeningKeepsWhetherARoundBeforeItWasLate() {
        CaseDeadline first = rules.start("261123-00001", beijing("2026-11-23T08:00"), TimeLimit.hours(10));
        CaseDeadline closedLate = first.resolved(beijing("2026-11-23T18:01"))
                .stopped(StopReason.CLOSED, beijing("2026-11-23T19:00"));
        CaseDeadline closedOnTime = first.resolved(beijing("2026-11-23T18:00"))
                .stopped(StopReason.CLOSED, beijing("2026-11-23T19:00"));

        CaseDeadline afterLate = rules.restart(closedLate, beijing("2026-11-24T10:00"), TimeLimit.hours(6));
        CaseDeadline afterOnTime = rules.restart(closedOnTime, beijing("2026-11-24T10:00"), TimeLimit.hours(6));
        CaseDeadline secondClosedOnTime = afterLate.resolved(beijing("2026-11-24T11:00"))
                .stopped(StopReason.CLOSED, beijing("2026-11-24T12:00"));

        assertThat(afterLate.lateInEarlierRound()).isTrue();
        assertThat(afterOnTime.lateInEarlierRound()).isFalse();
        assertThat(rules.restart(secondClosedOnTime, beijing("2026-11-25T10:00"), TimeLimit.hours(6))
                .lateInEarlierRound()).as("late once, late for good").isTrue();
    }

    @Test
    void anExtensionMovesTheDeadlineAndTheWarningAndKeepsTheFirstLimit() {
        CaseDeadline deadline = rules.start("261123-00001", beijing("2026-11-23T08:00"), TimeLimit.hours(10));

        CaseDeadline extended = rules.extend(deadline, TimeLimit.hours(10), beijing("2026-11-23T12:00"));

        assertThat(extended.dueAt()).isEqualTo(beijing("2026-11-24T04:00"));
        assertThat(extended.warningAt()).as("80 % of 20 h").isEqualTo(beijing("2026-11-24T00:00"));
        assertThat(extended.limit()).isEqualTo(TimeLimit.hours(10));
        assertThat(extended.extensions()).containsExactly(TimeLimit.hours(10));
        assertThat(extended.stateAt(beijing("2026-11-23T19:00"))).isEqualTo(DeadlineState.ON_TIME);
    }

    @Test
    void aDeadlineKnowsTheDecisionThatSetIt() {
        CaseDeadline deadline = rules.start("261123-00001", beijing("2026-11-23T08:00"), TimeLimit.hours(10));
        CaseDeadline once = rules.extend(deadline, TimeLimit.hours(10), beijing("2026-11-23T12:00"));
        CaseDeadline twice = rules.extend(once, TimeLimit.hours(2), beijing("2026-11-23T20:00"));

        assertThat(deadline.deadlineSetAt()).as("the dispatch").isEqualTo(beijing("2026-11-23T08:00"));
        assertThat(once.deadlineSetAt()).isEqualTo(beijing("2026-11-23T12:00"));
        assertThat(twice.deadlineSetAt()).as("the last extension").isEqualTo(beijing("2026-11-23T20:00"));
        assertThat(twice.resolved(beijing("2026-11-23T21:00")).reopened().deadlineSetAt())
                .as("a failed check keeps the deadline").isEqualTo(beijing("2026-11-23T20:00"));
        CaseDeadline extendedBeforeItWasRecorded = new CaseDeadline(once.caseNumber(), once.dispatchedAt(),
                once.limit(), once.extensions(), null, Duration.ZERO, once.warningAt(), once.dueAt(), null, null, null,
                null, false, once.announced(), null, List.of(), null, 1);
        assertThat(extendedBeforeItWasRecorded.deadlineSetAt()).as("cannot tell").isNull();
    }

    @Test
    void anExtensionAfterTheWarningWarnsAgainOnlyWhenTheNewDeadlineNearsAndEndsAnyEscalation() {
        CaseDeadline overdue = new CaseDeadline("261123-00001", beijing("2026-11-23T08:00"), TimeLimit.hours(10),
                List.of(), null, Duration.ZERO, beijing("2026-11-23T16:00"), beijing("2026-11-23T18:00"), null, null,
                null, null, false, DeadlineState.OVERDUE, EscalationLevel.CHASE, List.of(), null, 3);

        CaseDeadline extended = rules.extend(overdue, TimeLimit.hours(10), beijing("2026-11-23T19:00"));

        assertThat(extended.announced()).as("19:00 is before the new warning at 00:00").isEqualTo(DeadlineState.ON_TIME);
        assertThat(extended.escalated()).isNull();
        assertThat(extended.version()).isEqualTo(3);
        CaseDeadline barelyExtended = rules.extend(overdue, TimeLimit.hours(1), beijing("2026-11-23T18:30"));
        assertThat(barelyExtended.announced()).as("already past the new warning: not warned twice")
                .isEqualTo(DeadlineState.WARNING);
    }

    @Test
    void aResolutionCountsAgainstTheDeadlineAndAFailedCheckReopensIt() {
        CaseDeadline deadline = rules.start("261123-00001", beijing("2026-11-23T08:00"), TimeLimit.hours(10));

        CaseDeadline onTime = deadline.resolved(beijing("2026-11-23T18:00"));
        CaseDeadline late = deadline.resolved(beijing("2026-11-23T18:01"));

        assertThat(onTime.resolvedOnTime()).isTrue();
        assertThat(onTime.isRunning()).isFalse();
        assertThat(late.resolvedOnTime()).isFalse();
        assertThat(onTime.reopened().isRunning()).isTrue();
        assertThat(onTime.reopened().resolvedAt()).isNull();
    }

    /** Found in review: a check failed days after the deadline sent 催办, 督办 and 通报 in one watch. */
    @Test
    void aFailedCheckResumesTheClockWhereTheResolutionStoppedItAndTheWaitIsNotTheTeams() {
        CaseDeadline resolved = rules.start("261123-00001", beijing("2026-11-23T08:00"), TimeLimit.hours(10))
                .resolved(beijing("2026-11-23T12:00"));
        Instant checkedAt = beijing("2026-11-27T09:00");

        CaseDeadline reworked = rules.afterStep(resolved, failedCheck(checkedAt));

        assertThat(reworked.isRunning()).isTrue();
        assertThat(reworked.waitedForChecks()).isEqualTo(Duration.ofHours(93));
        assertThat(reworked.dueAt()).as("the 6 hours left at the resolution").isEqualTo(beijing("2026-11-27T15:00"));
        assertThat(reworked.warningAt()).isEqualTo(beijing("2026-11-27T13:00"));
        assertThat(reworked.deadlineSetAt()).as("no decision set it").isEqualTo(beijing("2026-11-23T08:00"));
        DeadlineStatus status = rules.statusAt(reworked, checkedAt);
        assertThat(status.state()).isEqualTo(DeadlineState.ON_TIME);
        assertThat(status.escalation()).isEmpty();
        assertThat(rules.extend(reworked, TimeLimit.hours(10), beijing("2026-11-27T10:00")).warningAt())
                .as("80 % of 20 h of handling: 12 h after the clock resumed").isEqualTo(beijing("2026-11-27T21:00"));
    }

    @Test
    void aCaseResolvedLateIsAsFarPastItsDeadlineAfterAFailedCheckAndClimbsTheLadderAStepAtATime() {
        CaseDeadline started = rules.start("261123-00001", beijing("2026-11-23T08:00"), TimeLimit.hours(10));
        CaseDeadline chasedAndResolved = new CaseDeadline(started.caseNumber(), started.dispatchedAt(),
                started.limit(), List.of(), null, Duration.ZERO, started.warningAt(), started.dueAt(),
                beijing("2026-11-23T20:00"), null, null, null, false, DeadlineState.OVERDUE, EscalationLevel.CHASE,
                List.of(), started.countedBy(), 4);
        Instant checkedAt = beijing("2026-11-27T20:00");

        CaseDeadline reworked = rules.afterStep(chasedAndResolved, failedCheck(checkedAt));

        assertThat(reworked.dueAt()).isEqualTo(beijing("2026-11-27T18:00"));
        DeadlineStatus status = rules.statusAt(reworked, checkedAt);
        assertThat(status.escalation()).as("2 hours past, as at the resolution").contains(EscalationLevel.CHASE);
        assertThat(status.nextEscalationAt()).as("督办 a day past the moved deadline")
                .contains(beijing("2026-11-28T18:00"));
        assertThat(reworked.announced()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(reworked.escalated()).as("announced already, not again").isEqualTo(EscalationLevel.CHASE);
    }

    @Test
    void aFailedCheckGivesAWorkingDaysLimitBackTheWorkingDaysItWaitedTheDayOfTheCheckIncluded() {
        // Wednesday 11-18, 2 working days: Thursday and Friday, due 24:00 of Friday, warned at 80 % (Friday 14:24).
        CaseDeadline resolved = rules.start("261118-00001", beijing("2026-11-18T10:00"), TimeLimit.workingDays(2))
                .resolved(beijing("2026-11-19T10:00"));
        Instant checkedAt = beijing("2026-11-24T09:00");

        CaseDeadline reworked = rules.afterStep(resolved, failedCheck(checkedAt));

        // Friday, Monday and the check's Tuesday waited; the Friday left at the resolution is now Wednesday.
        assertThat(reworked.waitedForChecks()).isEqualTo(Duration.ofHours(72));
        assertThat(reworked.dueAt()).isEqualTo(beijing("2026-11-26T00:00"));
        assertThat(reworked.warningAt()).isEqualTo(beijing("2026-11-25T14:24"));
        assertThat(rules.statusAt(reworked, checkedAt).state()).isEqualTo(DeadlineState.ON_TIME);
    }

    @Test
    void aCheckFailedOnTheDayOfTheResolutionOrOfAStoppedCaseMovesNothing() {
        CaseDeadline resolved = rules.start("261118-00001", beijing("2026-11-18T10:00"), TimeLimit.workingDays(2))
                .resolved(beijing("2026-11-19T10:00"));
        CaseDeadline closed = resolved.stopped(StopReason.CLOSED, beijing("2026-11-19T11:00"));

        assertThat(rules.afterStep(resolved, failedCheck(beijing("2026-11-19T17:00"))))
                .as("a working day's clock counts whole days").isEqualTo(resolved.reopened());
        assertThat(rules.afterStep(closed, failedCheck(beijing("2026-11-24T09:00")))).isEqualTo(closed);
    }

    @Test
    void aStoppedClockStaysStopped() {
        CaseDeadline closed = rules.start("261123-00001", beijing("2026-11-23T08:00"), TimeLimit.hours(10))
                .resolved(beijing("2026-11-23T12:00"))
                .stopped(StopReason.CLOSED, beijing("2026-11-23T13:00"));

        assertThat(closed.stopped(StopReason.CANCELLED, beijing("2026-11-24T00:00"))).isEqualTo(closed);
        assertThat(closed.reopened()).isEqualTo(closed);
        assertThat(closed.stopReason()).isEqualTo(StopReason.CLOSED);
        assertThat(closed.resolvedOnTime()).isTrue();
        assertThat(closed.isRunning()).isFalse();
    }

    /**
     * Found in review: a case the command centre had put on the problem backlog (挂账), unsolved after its extension,
     * was escalated up the ladder all the same, to 督办 and 通报.
     */
    @Test
    void theBacklogHoldsTheEscalationUntilTheCaseIsReturnedDispatchedOrResolved() {
        TeamRef team = new TeamRef("T1", "南郎家园综合执法组");
        CaseDeadline chased = new CaseDeadline("261123-00001", beijing("2026-11-23T08:00"), TimeLimit.hours(10),
                List.of(TimeLimit.hours(2)), null, Duration.ZERO, beijing("2026-11-23T17:36"),
                beijing("2026-11-23T20:00"), null, null, null, null, false, DeadlineState.OVERDUE,
                EscalationLevel.CHASE, List.of(), null, 3);

        CaseDeadline backlogged = rules.afterStep(chased, new CaseBacklogged("261123-00001", "r-1",
                "延期后仍未解决", "member:M-9001", beijing("2026-11-23T21:00")));

        assertThat(backlogged.isOnBacklog()).isTrue();
        assertThat(backlogged.isRunning()).as("overdue all the same").isTrue();
        DeadlineStatus weekLater = rules.statusAt(backlogged, beijing("2026-11-30T21:00"));
        assertThat(weekLater.state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(weekLater.escalation()).as("where it was put on the backlog").contains(EscalationLevel.CHASE);
        assertThat(weekLater.nextEscalationAt()).isEmpty();
        assertThat(rules.afterStep(backlogged, new CaseReturned("261123-00001", "r-1", team, "不属于本单位",
                "member:M-0001", beijing("2026-11-24T09:00"))).isOnBacklog()).isFalse();
        CaseDeadline redispatched = rules.afterStep(backlogged, new CaseDispatched("261123-00001", "r-1", team,
                "110105001024001", "command centre", "member:M-9001", beijing("2026-11-24T09:00"), "01", Urgency.NORMAL,
                TimeLimit.hours(10), beijing("2026-11-24T10:00"), List.of()));
        assertThat(redispatched.isOnBacklog()).isFalse();
        assertThat(redispatched.dueAt()).as("the same deadline").isEqualTo(chased.dueAt());
        CaseDeadline returnedLater = rules.afterStep(backlogged, new CaseReturned("261123-00001", "r-1", team,
                "不属于本单位", "member:M-0001", beijing("2026-11-25T09:00")));
        assertThat(returnedLater.escalated()).as("督办, due while on the backlog, passed over, not announced late")
                .isEqualTo(EscalationLevel.SUPERVISE);
        CaseDispatched replayedFirstDispatch = new CaseDispatched("261123-00001", "r-1", team, "110105001024001",
                "grid", "system", beijing("2026-11-23T08:00"), "01", Urgency.NORMAL, TimeLimit.hours(10),
                beijing("2026-11-23T09:00"), List.of());
        assertThat(rules.afterStep(backlogged, replayedFirstDispatch).isOnBacklog())
                .as("a dispatch from before the backlog, delivered again").isTrue();
        assertThat(redispatched.escalated()).isEqualTo(EscalationLevel.CHASE);
        CaseDeadline resolved = rules.afterStep(backlogged, new CaseResolved("261123-00001", "r-1", team, "已加固",
                List.of(), "member:M-0001", beijing("2026-11-24T09:00")));
        assertThat(resolved.isOnBacklog()).as("resolved from the backlog").isFalse();
        CaseDeadline reworked = rules.afterStep(resolved, failedCheck(beijing("2026-11-25T09:00")));
        assertThat(reworked.isOnBacklog()).as("a failed check sends it back to the team").isFalse();
        assertThat(reworked.isRunning()).isTrue();
        assertThat(reworked.dueAt()).as("moved by the day it waited for the check")
                .isEqualTo(beijing("2026-11-24T20:00"));
        assertThat(backlogged.stopped(StopReason.CLOSED, beijing("2026-11-24T09:00")).isRunning()).isFalse();
        assertThat(backlogged.stopped(StopReason.CLOSED, beijing("2026-11-24T09:00")).isOnBacklog()).isTrue();
    }

    @Test
    void theBackloggedEscalationIsTheOneReachedOnTheCalendarOfTheLimit() {
        // Wednesday 11-18, 2 working days: due at 24:00 of Friday 11-20; on the backlog at noon of Monday 11-23.
        CaseDeadline deadline = rules.start("261118-00001", beijing("2026-11-18T10:00"), TimeLimit.workingDays(2));
        CaseDeadline backlogged = rules.afterStep(deadline, new CaseBacklogged("261118-00001", "r-1",
                "延期后仍未解决", "member:M-9001", beijing("2026-11-23T12:00")));

        DeadlineStatus weekLater = rules.statusAt(backlogged, beijing("2026-11-30T12:00"));
        assertThat(weekLater.escalation()).as("12 working hours past the deadline, not 60")
                .contains(EscalationLevel.CHASE);
        assertThat(weekLater.nextEscalationAt()).isEmpty();
        assertThat(rules.statusAt(backlogged.offBacklog(null), beijing("2026-11-30T12:00")).escalation())
                .as("off the backlog, as far as the clock ran").contains(EscalationLevel.PUBLIC_REPORT);
    }

    @Test
    void escalationClimbsTheLadderPastTheDeadline() {
        CaseDeadline deadline = rules.start("261123-00001", beijing("2026-11-23T08:00"), TimeLimit.hours(10));
        Instant due = deadline.dueAt();

        assertThat(rules.statusAt(deadline, due.minusSeconds(1)).escalation()).isEmpty();
        assertThat(rules.statusAt(deadline, due).escalation()).contains(EscalationLevel.CHASE);
        assertThat(rules.statusAt(deadline, due.plus(Duration.ofHours(23))).escalation()).contains(EscalationLevel.CHASE);
        assertThat(rules.statusAt(deadline, due.plus(Duration.ofHours(24))).escalation()).contains(EscalationLevel.SUPERVISE);
        assertThat(rules.statusAt(deadline, due.plus(Duration.ofHours(72))).escalation())
                .contains(EscalationLevel.PUBLIC_REPORT);
        assertThat(rules.statusAt(deadline, due.plus(Duration.ofHours(1))).nextEscalationAt())
                .contains(due.plus(Duration.ofHours(24)));
        assertThat(rules.statusAt(deadline, due.plus(Duration.ofHours(72))).nextEscalationAt()).isEmpty();
    }

    /** Found in review: 督办 and 通报 counted wall-clock hours, so a case due on a Friday was supervised on Sunday. */
    @Test
    void aWorkingDaysLimitClimbsTheLadderOnWorkingTimePastItsDeadline() {
        // Wednesday 11-18, 2 working days: due at 24:00 of Friday 11-20.
        CaseDeadline deadline = rules.start("261118-00001", beijing("2026-11-18T10:00"), TimeLimit.workingDays(2));
        Instant due = deadline.dueAt();
        assertThat(due).isEqualTo(beijing("2026-11-21T00:00"));

        assertThat(rules.statusAt(deadline, due).escalation()).as("催办 at the deadline").contains(EscalationLevel.CHASE);
        assertThat(rules.statusAt(deadline, beijing("2026-11-23T12:00")).escalation())
                .as("the weekend does not count").contains(EscalationLevel.CHASE);
        assertThat(rules.statusAt(deadline, beijing("2026-11-22T12:00")).nextEscalationAt())
                .as("督办 a working day past the deadline: 24:00 of Monday").contains(beijing("2026-11-24T00:00"));
        assertThat(rules.statusAt(deadline, beijing("2026-11-24T00:00")).escalation())
                .contains(EscalationLevel.SUPERVISE);
        assertThat(rules.statusAt(deadline, beijing("2026-11-25T23:59")).escalation())
                .contains(EscalationLevel.SUPERVISE);
        assertThat(rules.statusAt(deadline, beijing("2026-11-26T00:00")).escalation())
                .as("通报 three working days past it").contains(EscalationLevel.PUBLIC_REPORT);
    }

    @Test
    void theWatchLooksForEachStepAsFarBackAsTheCalendarOfTheLimitSays() {
        Instant mondayMorning = beijing("2026-11-23T09:00");
        List<EscalationStep> steps = EscalationLadder.standard().steps();

        assertThat(rules.dueByToReach(steps.get(0), mondayMorning))
                .containsEntry(TimeLimit.Unit.HOURS, mondayMorning)
                .containsEntry(TimeLimit.Unit.WORKING_DAYS, mondayMorning);
        Map<TimeLimit.Unit, Instant> supervisedIfDueBy = rules.dueByToReach(steps.get(1), mondayMorning);
        assertThat(supervisedIfDueBy).containsEntry(TimeLimit.Unit.HOURS, beijing("2026-11-22T09:00"));
        assertThat(supervisedIfDueBy).as("9 h of Monday and 15 h of Friday")
                .containsEntry(TimeLimit.Unit.WORKING_DAYS, beijing("2026-11-20T09:00"));
    }

    @Test
    void aConfiguredLadderIsUsedAndMustRise() {
        EscalationLadder quick = new EscalationLadder(List.of(
                new EscalationStep(EscalationLevel.CHASE, Duration.ofHours(2)),
                new EscalationStep(EscalationLevel.SUPERVISE, Duration.ofHours(4))));

        assertThat(quick.levelAfter(Duration.ofHours(1))).isEqualTo(Optional.empty());
        assertThat(quick.levelAfter(Duration.ofHours(5))).contains(EscalationLevel.SUPERVISE);
        assertThatThrownBy(() -> new EscalationLadder(List.of(
                new EscalationStep(EscalationLevel.CHASE, Duration.ofHours(24)),
                new EscalationStep(EscalationLevel.SUPERVISE, Duration.ZERO))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWarningShareOutsideZeroToOneIsRefused() {
        DeadlineClock clock = new DeadlineClock(CalendarFixture.aBundledCalendar(), ZoneId.of("Asia/Shanghai"));

        assertThatThrownBy(() -> new DeadlineRules(clock, 1.5, EscalationLadder.standard()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CaseVerified failedCheck(Instant at) {
        return new CaseVerified("261123-00001", "r-1", false, "井盖仍松动", List.of(), "member:s", at);
    }
}
