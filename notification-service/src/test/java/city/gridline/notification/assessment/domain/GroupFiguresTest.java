package city.gridline.notification.assessment.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupFiguresTest {

    private static final GroupKey DISTRICT = new GroupKey("110105", "朝阳区", null);
    private static final GroupKey STREET = new GroupKey("110105001", "建外街道", "朝阳区");
    private static final GroupKey OTHER_STREET = new GroupKey("110105002", "朝外街道", "朝阳区");
    private static final GroupKey TEAM = new GroupKey("T1", "南郎家园综合执法组", null);
    private static final GroupKey CATEGORY = new GroupKey("0101", "0101", null);

    @Test
    void aRateIsNoneWhenNothingWasCountedAndRoundsToFourPlaces() {
        assertThat(Rate.of(0, 0)).isNull();
        assertThat(Rate.complementOf(0, 0)).isNull();
        assertThat(Rate.of(2, 3)).isEqualTo(0.6667);
        assertThat(Rate.complementOf(1, 3)).isEqualTo(0.6667);
        assertThat(Rate.of(3, 3)).isEqualTo(1.0);
        assertThatThrownBy(() -> Rate.of(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachRateHasItsOwnWhole() {
        GroupFigures figures = GroupFigures.NONE
                // handled on time after one failed check, signed in time, closed, called back satisfied
                .plus(aCase(STREET, false, true, true, true, 2, 1, true, false, true))
                // returned, re-dispatched, signed late, still open past its deadline
                .plus(aCase(STREET, true, false, false, false, 0, 0, false, true, null))
                // resolved late, passed its check, closed, called back unsatisfied
                .plus(aCase(STREET, false, true, false, true, 1, 0, true, false, false));

        assertThat(figures.cases()).isEqualTo(3);
        assertThat(figures.dispatchAccuracy()).as("1 − 1 returned of 3").isEqualTo(0.6667);
        assertThat(figures.onTimeRate()).as("1 on time of 2 resolved").isEqualTo(0.5);
        assertThat(figures.closureRate()).as("2 closed of 3").isEqualTo(0.6667);
        assertThat(figures.reworkRate()).as("1 failed of 3 checks").isEqualTo(0.3333);
        assertThat(figures.responseRate()).as("2 signed in time of 3").isEqualTo(0.6667);
        assertThat(figures.resolutionRate()).as("2 resolved of 3").isEqualTo(0.6667);
        assertThat(figures.satisfactionRate()).as("1 satisfied of 2 call-backs").isEqualTo(0.5);
        assertThat(figures.overdueBacklog()).isEqualTo(1);
    }

    @Test
    void aReopeningAfterAnUnsatisfiedCallBackCountsAsRework() {
        AssessedCase reopened = new AssessedCase(DISTRICT, STREET, TEAM, CATEGORY, false, true, true, false, true, 2, 0,
                1, true, false, true);
        GroupFigures figures = GroupFigures.NONE.plus(reopened)
                .plus(aCase(STREET, false, true, true, true, 1, 0, true, false, true));

        assertThat(figures.reopenings()).isEqualTo(1);
        assertThat(figures.reworkRate()).as("1 reopening of 3 checks and 1 reopening").isEqualTo(0.25);
    }

    /** Found in review: a reopening took a late case out of the on-time rate, and its next round made it on time. */
    @Test
    void aCaseLateBeforeItsReopeningStaysLateWhileReworkedAndOnceResolvedAgain() {
        AssessedCase reworked = new AssessedCase(DISTRICT, STREET, TEAM, CATEGORY, false, false, false, true, false, 1,
                0, 1, true, false, false);
        AssessedCase resolvedAgainInTime = new AssessedCase(DISTRICT, STREET, TEAM, CATEGORY, false, true, false, true,
                true, 2, 0, 1, true, false, true);

        GroupFigures whileReworked = GroupFigures.NONE.plus(reworked)
                .plus(aCase(STREET, false, true, true, true, 1, 0, true, false, true));
        assertThat(whileReworked.onTimeRate()).as("1 on time of 1 resolved and 1 late before its reopening")
                .isEqualTo(0.5);
        assertThat(whileReworked.resolutionRate()).as("not resolved while reworked").isEqualTo(0.5);
        assertThat(GroupFigures.NONE.plus(resolvedAgainInTime).onTimeRate()).isEqualTo(0.0);
    }

    @Test
    void aGroupWithoutResolutionsOrCallBacksHasNoSuchRates() {
        GroupFigures figures = GroupFigures.NONE.plus(aCase(STREET, false, false, false, false, 0, 0, false, false, null));

        assertThat(figures.onTimeRate()).isNull();
        assertThat(figures.reworkRate()).isNull();
        assertThat(figures.satisfactionRate()).isNull();
        assertThat(figures.closureRate()).isEqualTo(0.0);
        assertThat(figures.dispatchAccuracy()).isEqualTo(1.0);
    }

    @Test
    void anAssessmentHasOneRowPerGroupBusiestFirstAndTheFilingRateOverall() {
        Assessment assessment = Assessment.of(Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400), GroupBy.STREET, 3, 4,
                List.of(aCase(OTHER_STREET, false, false, false, false, 0, 0, false, false, null),
                        aCase(STREET, false, false, false, false, 0, 0, false, false, null),
                        aCase(STREET, true, false, false, false, 0, 0, false, false, null)));

        assertThat(assessment.rows()).extracting(row -> row.group().name()).containsExactly("建外街道", "朝外街道");
        assertThat(assessment.rows().get(0).figures().dispatchAccuracy()).isEqualTo(0.5);
        assertThat(assessment.filingRate()).isEqualTo(0.75);
        assertThat(Assessment.of(Instant.EPOCH, Instant.EPOCH.plusSeconds(1), GroupBy.DISTRICT, 0, 0, List.of())
                .filingRate()).isNull();
    }

    private static AssessedCase aCase(GroupKey street, boolean returned, boolean resolved, boolean onTime,
                                      boolean closed, int verifications, int failed, boolean signedInTime,
                                      boolean overdue, Boolean satisfied) {
        return new AssessedCase(DISTRICT, street, TEAM, CATEGORY, returned, resolved, onTime, false, closed,
                verifications, failed, 0, signedInTime, overdue, satisfied);
    }
}
