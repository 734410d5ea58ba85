package city.gridline.intake.report.domain;

import city.gridline.contracts.Channel;
import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectedCompletionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A Friday, 10:00 in Shanghai. */
    private static final Instant FRIDAY_MORNING = Instant.parse("2026-11-27T02:00:00Z");

    @Test
    void aLimitInHoursIsExactFromReceiptUntilTheCaseIsDispatched() {
        ExpectedCompletion expected = ExpectedCompletion.of(view(ReportStatus.LOCATED, null, null),
                Optional.of(TimeLimit.hours(24)), SHANGHAI).orElseThrow();

        assertThat(expected).isEqualTo(new ExpectedCompletion(Instant.parse("2026-11-28T02:00:00Z"), true));
    }

    /** Found in review: the limit ended at the time of day of the receipt, 14 h before the deadline's 24:00. */
    @Test
    void workingDaysSkipTheWeekendEndAt24HoursOfTheLastAndAreOnlyApproximate() {
        ExpectedCompletion expected = ExpectedCompletion.of(view(ReportStatus.RECEIVED, null, null),
                Optional.of(TimeLimit.workingDays(3)), SHANGHAI).orElseThrow();

        // Friday 10:00: Monday, Tuesday, Wednesday count; due at the end of Wednesday 2 December, Beijing time
        assertThat(expected.at()).isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));
        assertThat(expected.exact()).isFalse();
    }

    @Test
    void theDispatchesLimitCountsFromTheDispatch() {
        Instant dispatchedAt = FRIDAY_MORNING.plusSeconds(3600);
        ReportView dispatched = view(ReportStatus.DISPATCHED,
                new ReportView.Handling(TimeLimit.hours(2), dispatchedAt), null);

        ExpectedCompletion expected = ExpectedCompletion.of(dispatched, Optional.of(TimeLimit.hours(6)), SHANGHAI)
                .orElseThrow();

        assertThat(expected.at()).isEqualTo(dispatchedAt.plusSeconds(2 * 3600));
    }

    @Test
    void aDeadlineTheSourceGaveComesFirst() {
        Instant deadline = Instant.parse("2026-11-30T09:00:00Z");
        SourceDetails source = new SourceDetails("城市管理/市容环境/占道经营", null, deadline, null, null, null, null);

        ExpectedCompletion expected = ExpectedCompletion.of(view(ReportStatus.OPENED, null, source),
                Optional.of(TimeLimit.hours(6)), SHANGHAI).orElseThrow();

        assertThat(expected).isEqualTo(new ExpectedCompletion(deadline, true));
    }

    @Test
    void nothingIsExpectedOnceNothingMoreWillHappen() {
        for (ReportStatus status : List.of(ReportStatus.CLOSED, ReportStatus.TRANSFERRED, ReportStatus.CANCELLED,
                ReportStatus.MERGED, ReportStatus.UNLOCATABLE)) {
            assertThat(ExpectedCompletion.of(view(status, null, null), Optional.of(TimeLimit.hours(6)), SHANGHAI))
                    .as(status.name()).isEmpty();
        }
    }

    private static ReportView view(ReportStatus status, ReportView.Handling handling, SourceDetails source) {
        return new ReportView("r-1", Channel.OPEN311, "26-00000001", "0101", FRIDAY_MORNING, status, null, null, null,
                new TeamRef("T1", "南郎家园综合执法组"), null, null, handling, List.of(), "井盖破损", null, "朝阳区",
                source, null, null, null, List.of(), null, null);
    }
}
