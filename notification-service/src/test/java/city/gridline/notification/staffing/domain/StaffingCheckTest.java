package city.gridline.notification.staffing.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StaffingCheckTest {

    private static final Instant AT = Instant.parse("2026-11-23T07:00:00Z");
    private static final DistrictPopulation CHAOYANG = new DistrictPopulation(
            new Population("110105", "朝阳区", 40_000, 120_000, 40),
            List.of(new Population("110105001", "建外街道", 20_000, 60_000, 20),
                    new Population("110105002", "朝外街道", 20_000, 60_000, 20)),
            "110105-demo-1", AT);

    @Test
    void aDistrictCountsAllItsTeamsAndAStreetOnlyTheTeamsStationedInIt() {
        List<TeamStaffing> teams = List.of(
                team("T110105001001", "110105", "110105001", true, 10, 4),
                team("SQ-110105001", "110105", "110105001", true, 8, 8),
                team("SQ-110105002", null, "110105002", true, 12, 13),
                team("DT-110105", "110105", null, true, 6, 0),
                team("CC-110105", "110105", null, false, 9, 0));

        StaffingReport report = StaffingCheck.check(List.of(CHAOYANG), teams, StaffingPolicy.SEED_2017);

        assertThat(report.areas()).extracting(AreaStaffing::code)
                .containsExactly("110105", "110105001", "110105002");
        AreaStaffing district = report.areas().get(0);
        assertThat(district.level()).isEqualTo(AreaStaffing.Level.DISTRICT);
        assertThat(district.teams()).isEqualTo(5);
        assertThat(district.figures()).isEqualTo(new StaffingFigures(120_000L, 45, 36, 25));
        assertThat(district.figures().officersPer10kResidents()).isEqualTo(3.75);
        assertThat(district.figures().frontLineShare()).isEqualTo(0.8);
        assertThat(district.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(district.layerVersion()).isEqualTo("110105-demo-1");

        AreaStaffing jianwai = report.areas().get(1);
        assertThat(jianwai.name()).isEqualTo("建外街道");
        assertThat(jianwai.districtName()).isEqualTo("朝阳区");
        assertThat(jianwai.figures()).isEqualTo(new StaffingFigures(60_000L, 18, 18, 12));
        assertThat(jianwai.verdict()).isEqualTo(Verdict.COMPLIANT);

        AreaStaffing chaowai = report.areas().get(2);
        assertThat(chaowai.figures()).isEqualTo(new StaffingFigures(60_000L, 12, 12, 13));
        assertThat(chaowai.findings()).containsExactly(Finding.TOO_FEW_OFFICERS, Finding.ASSISTANTS_OUTNUMBER_OFFICERS);
        assertThat(chaowai.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(report.unplaced()).isEqualTo(new StaffingReport.Unplaced(0, 0, 0));
    }

    @Test
    void areasWithoutPopulationAreListedByCodeAndTeamsWithoutAPlaceAreCountedApart() {
        List<TeamStaffing> teams = List.of(
                team("SQ-110106001", "110106", "110106001", true, 5, 1),
                team("INSPECTION", null, null, false, 3, 2));

        StaffingReport report = StaffingCheck.check(List.of(CHAOYANG), teams, StaffingPolicy.SEED_2017);

        assertThat(report.areas()).extracting(AreaStaffing::code)
                .containsExactly("110105", "110105001", "110105002", "110106", "110106001");
        AreaStaffing fengtai = report.areas().get(3);
        assertThat(fengtai.name()).isEqualTo("110106");
        assertThat(fengtai.population()).isNull();
        assertThat(fengtai.layerVersion()).isNull();
        assertThat(fengtai.findings()).containsExactly(Finding.NO_RESIDENTS_KNOWN);
        assertThat(fengtai.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(report.areas().get(1).findings()).containsExactly(Finding.TOO_FEW_OFFICERS);
        assertThat(report.unplaced()).isEqualTo(new StaffingReport.Unplaced(1, 3, 2));
    }

    private static TeamStaffing team(String id, String district, String street, boolean frontLine, int officers,
                                     int assistants) {
        return new TeamStaffing(id, district, street, frontLine, officers, assistants, AT);
    }
}
