package city.gridline.notification.assessment.application;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.event.CaseClosed;
import city.gridline.contracts.event.CaseReopened;
import city.gridline.contracts.event.CaseResolved;
import city.gridline.notification.assessment.domain.AssessedCase;
import city.gridline.notification.assessment.domain.GroupFigures;
import city.gridline.notification.calendar.domain.CalendarFixture;
import city.gridline.notification.deadline.domain.CaseDeadline;
import city.gridline.notification.deadline.domain.DeadlineClock;
import city.gridline.notification.deadline.domain.DeadlineRules;
import city.gridline.notification.deadline.domain.EscalationLadder;
import city.gridline.notification.deadline.domain.StopReason;
import city.gridline.notification.register.domain.CaseRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentsTest {

    private static final String CASE = "261123-00042";
    private static final TeamRef TEAM = new TeamRef("T110105001024", "南郎家园综合执法组");
    /** A 10-hour limit from here: due at 10:00Z. */
    private static final Instant DISPATCHED = Instant.parse("2026-11-23T00:00:00Z");
    private static final Instant REOPENED = Instant.parse("2026-11-24T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

    private final DeadlineRules rules = new DeadlineRules(
            new DeadlineClock(CalendarFixture.aBundledCalendar(), ZoneId.of("Asia/Shanghai")), 0.8,
            EscalationLadder.standard());

    /** Found in review: a reopening took a late case out of the on-time rate, and its next round made it on time. */
    @Test
    void aCaseResolvedLateStaysLateAfterItsReopeningWhileReworkedAndOnceResolvedAgainInTime() {
        Round first = firstRound(Instant.parse("2026-11-23T12:00:00Z"));

        AssessedCase reworked = Assessments.assessed(first.caseRecord(), first.deadline(), null, NOW);
        Round second = first.resolvedAgain(Instant.parse("2026-11-24T02:00:00Z"));
        AssessedCase resolvedAgain = Assessments.assessed(second.caseRecord(), second.deadline(), null, NOW);

        assertThat(reworked.resolved()).as("back with its team").isFalse();
        assertThat(GroupFigures.NONE.plus(reworked).onTimeRate()).as("still late").isEqualTo(0.0);
        assertThat(second.deadline().resolvedOnTime()).as("the second round alone was on time").isTrue();
        assertThat(resolvedAgain.resolvedOnTime()).isFalse();
        assertThat(GroupFigures.NONE.plus(resolvedAgain).onTimeRate()).isEqualTo(0.0);
    }

    @Test
    void aCaseOnTimeInEveryRoundIsOnTimeAndOutOfTheRateWhileReworked() {
        Round first = firstRound(Instant.parse("2026-11-23T09:00:00Z"));

        AssessedCase reworked = Assessments.assessed(first.caseRecord(), first.deadline(), null, NOW);
        Round second = first.resolvedAgain(Instant.parse("2026-11-24T02:00:00Z"));
        AssessedCase resolvedAgain = Assessments.assessed(second.caseRecord(), second.deadline(), null, NOW);

        assertThat(GroupFigures.NONE.plus(reworked).onTimeRate()).as("nothing resolved to judge").isNull();
        assertThat(resolvedAgain.resolvedOnTime()).isTrue();
    }

    /** Resolved at {@code resolvedAt}, closed an hour later, and reopened after an unsatisfied call-back. */
    private Round firstRound(Instant resolvedAt) {
        Instant closedAt = resolvedAt.plusSeconds(3_600);
        CaseReopened reopening = new CaseReopened(CASE, "r-1", TEAM, TimeLimit.hours(10), "回访不满意", "callback-1",
                "system:dispatch-service", REOPENED);
        CaseDeadline deadline = rules.afterStep(rules.start(CASE, DISPATCHED, TimeLimit.hours(10))
                .resolved(resolvedAt)
                .stopped(StopReason.CLOSED, closedAt), reopening);
        CaseRecord record = CaseRecord.unseen(CASE)
                .apply("resolved", resolved(resolvedAt))
                .apply("closed", new CaseClosed(CASE, "r-1", "verified", "member:s", closedAt))
                .apply("reopened", reopening);
        return new Round(record, deadline);
    }

    private static CaseResolved resolved(Instant at) {
        return new CaseResolved(CASE, "r-1", TEAM, "已修复", List.of(), "member:t", at);
    }

    /** What the register and the deadline know of the case after a round. */
    private record Round(CaseRecord caseRecord, CaseDeadline deadline) {

        Round resolvedAgain(Instant at) {
            return new Round(caseRecord.apply("resolved-again", resolved(at)), deadline.resolved(at));
        }
    }
}
