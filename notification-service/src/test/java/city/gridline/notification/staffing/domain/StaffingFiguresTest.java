package city.gridline.notification.staffing.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffingFiguresTest {

    private static final StaffingPolicy POLICY = StaffingPolicy.SEED_2017;

    @Test
    void exactlyThreeOfficersPer10kResidentsIsEnoughAndOneFewerIsNot() {
        StaffingFigures onTheBound = new StaffingFigures(70_000L, 21, 21, 0);
        StaffingFigures below = new StaffingFigures(70_000L, 20, 20, 0);

        assertThat(onTheBound.officersPer10kResidents()).isEqualTo(3.0);
        assertThat(onTheBound.findings(POLICY)).isEmpty();
        assertThat(below.officersPer10kResidents()).isEqualTo(2.8571);
        assertThat(below.findings(POLICY)).containsExactly(Finding.TOO_FEW_OFFICERS);
    }

    @Test
    void exactlySevenOfficersPer10kResidentsIsAllowedAndOneMoreIsNot() {
        StaffingFigures onTheBound = new StaffingFigures(30_000L, 21, 21, 0);
        StaffingFigures above = new StaffingFigures(30_000L, 22, 22, 0);

        assertThat(onTheBound.officersPer10kResidents()).isEqualTo(7.0);
        assertThat(onTheBound.findings(POLICY)).isEmpty();
        assertThat(above.officersPer10kResidents()).isEqualTo(7.3333);
        assertThat(above.findings(POLICY)).containsExactly(Finding.TOO_MANY_OFFICERS);
    }

    @Test
    void exactlyEightyPercentFrontLineIsEnoughAndLessIsNot() {
        StaffingFigures onTheBound = new StaffingFigures(10_000L, 5, 4, 0);
        StaffingFigures below = new StaffingFigures(10_000L, 5, 3, 0);

        assertThat(onTheBound.frontLineShare()).isEqualTo(0.8);
        assertThat(onTheBound.findings(POLICY)).isEmpty();
        assertThat(below.frontLineShare()).isEqualTo(0.6);
        assertThat(below.findings(POLICY)).containsExactly(Finding.FRONT_LINE_SHARE_TOO_LOW);
    }

    @Test
    void asManyAssistantsAsOfficersIsAllowedButOneMoreIsNot() {
        StaffingFigures asMany = new StaffingFigures(10_000L, 5, 5, 5);
        StaffingFigures more = new StaffingFigures(10_000L, 5, 5, 6);

        assertThat(asMany.assistantsPerOfficer()).isEqualTo(1.0);
        assertThat(asMany.findings(POLICY)).isEmpty();
        assertThat(StaffingFigures.verdict(asMany.findings(POLICY))).isEqualTo(Verdict.COMPLIANT);
        assertThat(more.assistantsPerOfficer()).isEqualTo(1.2);
        assertThat(more.findings(POLICY)).containsExactly(Finding.ASSISTANTS_OUTNUMBER_OFFICERS);
        assertThat(StaffingFigures.verdict(more.findings(POLICY))).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void anAreaWithResidentsButNoOfficersBreachesTheMinimumAndAnyAssistantOutnumbersThem() {
        StaffingFigures nobodySworn = new StaffingFigures(10_000L, 0, 0, 2);

        assertThat(nobodySworn.officersPer10kResidents()).isEqualTo(0.0);
        assertThat(nobodySworn.frontLineShare()).isNull();
        assertThat(nobodySworn.assistantsPerOfficer()).isNull();
        assertThat(nobodySworn.findings(POLICY))
                .containsExactly(Finding.TOO_FEW_OFFICERS, Finding.ASSISTANTS_OUTNUMBER_OFFICERS);
    }

    @Test
    void withoutKnownResidentsTheRatioIsNotJudgedAndTheVerdictIsIncompleteUnlessSomethingElseIsBreached() {
        StaffingFigures unknown = new StaffingFigures(null, 4, 4, 1);
        StaffingFigures empty = new StaffingFigures(0L, 4, 4, 1);
        StaffingFigures unknownAndLopsided = new StaffingFigures(null, 4, 1, 1);

        assertThat(unknown.officersPer10kResidents()).isNull();
        assertThat(unknown.findings(POLICY)).containsExactly(Finding.NO_RESIDENTS_KNOWN);
        assertThat(StaffingFigures.verdict(unknown.findings(POLICY))).isEqualTo(Verdict.INCOMPLETE);
        assertThat(empty.findings(POLICY)).containsExactly(Finding.NO_RESIDENTS_KNOWN);
        assertThat(StaffingFigures.verdict(unknownAndLopsided.findings(POLICY))).isEqualTo(Verdict.NON_COMPLIANT);
    }
}
