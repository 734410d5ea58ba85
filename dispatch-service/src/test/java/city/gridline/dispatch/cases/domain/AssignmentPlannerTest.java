package city.gridline.dispatch.cases.domain;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.ZoneRef;
import city.gridline.contracts.category.Category;
import city.gridline.contracts.category.CategoryCatalogue;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.dispatch.teams.domain.Team;
import city.gridline.dispatch.teams.domain.TeamKind;
import city.gridline.dispatch.teams.domain.TeamLoad;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static city.gridline.dispatch.cases.domain.CaseFixtures.GROUP;
import static city.gridline.dispatch.cases.domain.CaseFixtures.OTHER_GROUP;
import static city.gridline.dispatch.cases.domain.CaseFixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssignmentPlannerTest {

    private static final CategoryCatalogue CATALOGUE = CategoryCatalogue.bundled();
    private static final ZoneRef ZONE_798 = new ZoneRef("ZONE-798", "798艺术区",
            new TeamRef("ZT-798", "798艺术区特殊地区执法队"));
    private static final Team NEIGHBOUR = new Team(OTHER_GROUP.id(), OTHER_GROUP.name(), TeamKind.GRID_GROUP,
            "110105001", "110105");

    private final AssignmentPlanner planner = new AssignmentPlanner();

    @Test
    void anOrdinaryCaseGoesToTheCellsResidentGroup() {
        AssignmentPlanner.Choice choice = choose(opened(null, "0101", false), Map.of(), Set.of());

        assertThat(choice.team().id()).isEqualTo(GROUP.id());
        assertThat(choice.reason()).isEqualTo("resident team of cell 110105001024001");
    }

    @Test
    void aCaseInASpecialZoneGoesToTheZonesTeam() {
        AssignmentPlanner.Choice choice = choose(opened(ZONE_798, "0101", false), Map.of(), Set.of());

        assertThat(choice.team().id()).isEqualTo("ZT-798");
        assertThat(choice.team().kind()).isEqualTo(TeamKind.SPECIAL_AREA);
    }

    @Test
    void illegalParkingIsTransferredToTheTrafficPolice() {
        CaseOpened opened = opened(null, "200503", false);

        AssignmentPlanner.Plan plan = planner.plan(opened, CATALOGUE.find("200503"), List.of());

        assertThat(plan.transfer()).isTrue();
        assertThat(plan.department()).isEqualTo("公安交通管理部门");
        assertThat(plan.reason()).contains("违法停车", "outside comprehensive enforcement");
    }

    @Test
    void majorMattersAndCasesOnAStreetsEdgeGoToTheDistrictTeam() {
        assertThat(choose(opened(null, "200311", false), Map.of(), Set.of()).team().id()).isEqualTo("DT-110105");
        assertThat(choose(opened(null, "0101", true), Map.of(), Set.of()).team().id()).isEqualTo("DT-110105");
    }

    @Test
    void streetWideMattersGoToTheStreetSquad() {
        assertThat(choose(opened(null, "200104", false), Map.of(), Set.of()).team().id()).isEqualTo("SQ-110105001");
    }

    @Test
    void aCategoryNobodyListsFallsToTheLocality() {
        AssignmentPlanner.Choice choice = choose(opened(null, "9999", false), Map.of(), Set.of());

        assertThat(choice.team().id()).isEqualTo("SQ-110105001");
        assertThat(choice.reason()).contains("属地兜底");
    }

    @Test
    void aTeamThatGaveTheCaseBackIsPassedOver() {
        AssignmentPlanner.Choice choice = choose(opened(null, "0101", false), Map.of(), Set.of(GROUP.id()));

        assertThat(choice.team().id()).isEqualTo(NEIGHBOUR.id());
        assertThat(choice.reason()).contains("handed on to", "passing over " + GROUP.id());
    }

    @Test
    void teamsOnDutyComeFirstAndTheLessLoadedOfThem() {
        Team squad = new Team("SQ-110105001", "建外街道综合执法中队", TeamKind.STREET_SQUAD, "110105001", "110105");
        Team group = new Team(GROUP.id(), GROUP.name(), TeamKind.GRID_GROUP, "110105001", "110105");
        Map<String, TeamLoad> loads = Map.of(
                group.id(), new TeamLoad(group, false, 0),
                NEIGHBOUR.id(), new TeamLoad(NEIGHBOUR, false, 0),
                squad.id(), new TeamLoad(squad, true, 7));

        AssignmentPlanner.Choice choice = choose(opened(null, "0101", false), loads, Set.of());

        assertThat(choice.team().id()).isEqualTo(squad.id());
        assertThat(choice.reason()).endsWith("on duty");
    }

    @Test
    void whenEveryTeamHasGivenItBackNoTeamIsLeft() {
        assertThatThrownBy(() -> choose(opened(ZONE_798, "0101", false), Map.of(),
                Set.of("ZT-798", "SQ-110105001", "DT-110105"))).isInstanceOf(CaseRuleViolation.class);
    }

    private AssignmentPlanner.Choice choose(CaseOpened opened, Map<String, TeamLoad> loads, Set<String> passedOver) {
        Optional<Category> category = CATALOGUE.find(opened.categoryCode());
        AssignmentPlanner.Plan plan = planner.plan(opened, category, List.of(NEIGHBOUR));
        return planner.choose(plan.tiers(), loads, passedOver);
    }
}
