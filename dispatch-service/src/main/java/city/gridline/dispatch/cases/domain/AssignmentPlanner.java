package city.gridline.dispatch.cases.domain;

import city.gridline.contracts.category.Category;
import city.gridline.contracts.category.ResponsibleUnit;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.dispatch.teams.domain.StandingTeams;
import city.gridline.dispatch.teams.domain.Team;
import city.gridline.dispatch.teams.domain.TeamKind;
import city.gridline.dispatch.teams.domain.TeamLoad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses who handles a case, in the order of the responsibility list (权责清单):
 * <ol>
 *   <li>a category outside comprehensive enforcement is transferred to its owning department;</li>
 *   <li>a case in a special zone goes to the zone's special-area team;</li>
 *   <li>a major category, or a case on the edge of its street (it may span two), goes to the district team;</li>
 *   <li>otherwise the category's unit: the group resident in the cell, or the street's squad;</li>
 *   <li>a category the catalogue does not know falls to the locality, the street's squad (属地兜底).</li>
 * </ol>
 * Behind the policy's team stand the fall-backs a re-dispatch uses: the other groups of the street, the street's
 * squad, the district team. Teams that returned the case or let it go unsigned are passed over. Within the first
 * tier that has someone on duty, the team with the fewest open cases wins; when nobody is on duty anywhere (no
 * rosters kept), the policy's own team does.
 */
public final class AssignmentPlanner {

    /** Teams that may take the case, in tiers of preference; each tier's teams are equally right for it. */
    public record Tiers(List<List<Team>> tiers, String reason) {

        public List<Team> all() {
            return tiers.stream().flatMap(List::stream).distinct().toList();
        }
    }

    /** Where a case goes: a transfer to a department, or the tiers of teams to choose from. */
    public record Plan(String department, Tiers tiers, String reason) {

        public boolean transfer() {
            return department != null;
        }
    }

    public record Choice(Team team, String reason) {
    }

    public Plan plan(CaseOpened opened, Optional<Category> category, List<Team> groupsOfStreet) {
        if (category.isPresent() && category.get().transferred()) {
            Category outside = category.get();
            return new Plan(outside.owningDepartment(), null, outside.name() + " (" + outside.code()
                    + ") is outside comprehensive enforcement: owned by " + outside.owningDepartment());
        }
        Team squad = StandingTeams.streetSquad(opened.cell());
        Team district = StandingTeams.districtTeam(opened.cell());
        List<Team> resident = opened.residentTeam() == null ? List.of()
                : List.of(StandingTeams.residentGroup(opened.residentTeam(), opened.cell()));
        List<Team> neighbours = groupsOfStreet.stream()
                .filter(team -> team.kind() == TeamKind.GRID_GROUP)
                .filter(team -> resident.stream().noneMatch(own -> own.id().equals(team.id()))).toList();

        Optional<Team> zoneTeam = StandingTeams.specialAreaTeam(opened.zone(), opened.cell());
        if (zoneTeam.isPresent()) {
            return tiers("special zone " + opened.zone().name() + " (" + opened.zone().code() + ")",
                    List.of(zoneTeam.get()), List.of(squad), List.of(district));
        }
        if (category.isEmpty()) {
            return tiers("category " + opened.categoryCode() + " is not in the catalogue: the locality takes it"
                    + " (属地兜底)", List.of(squad), List.of(district));
        }
        Category known = category.get();
        if (known.districtLevel() || known.responsibleUnit() == ResponsibleUnit.DISTRICT_TEAM) {
            return tiers(known.name() + " is a major matter for the district team", List.of(district),
                    List.of(squad));
        }
        if (opened.nearStreetBoundary()) {
            return tiers("on the edge of " + opened.cell().street().name() + ": a cross-area case for the district"
                    + " team", List.of(district), List.of(squad));
        }
        if (known.responsibleUnit() == ResponsibleUnit.STREET_SQUAD) {
            return tiers(known.name() + " is handled by the street's squad", List.of(squad), resident,
                    List.of(district));
        }
        return tiers("resident team of cell " + opened.cell().code(), resident, neighbours,
                List.of(squad), List.of(district));
    }

    public Choice choose(Tiers tiers, Map<String, TeamLoad> loads, Set<String> passedOver) {
        List<List<Team>> open = new ArrayList<>();
        for (List<Team> tier : tiers.tiers()) {
            List<Team> eligible = tier.stream().filter(team -> !passedOver.contains(team.id())).toList();
            if (!eligible.isEmpty()) {
                open.add(eligible);
            }
        }
        if (open.isEmpty()) {
            throw new CaseRuleViolation("every team that could take the case has given it back or let it go unsigned");
        }
        for (List<Team> tier : open) {
            Optional<Team> onDuty = tier.stream()
                    .filter(team -> loads.containsKey(team.id()) && loads.get(team.id()).onDuty())
                    .min(Comparator.comparingLong(team -> loads.get(team.id()).openCases()));
            if (onDuty.isPresent()) {
                return new Choice(onDuty.get(), reason(tiers, open, onDuty.get(), passedOver) + "; on duty");
            }
        }
        Team first = open.get(0).get(0);
        return new Choice(first, reason(tiers, open, first, passedOver));
    }

    private static String reason(Tiers tiers, List<List<Team>> open, Team chosen, Set<String> passedOver) {
        boolean policyTeam = tiers.tiers().get(0).contains(chosen);
        String reason = policyTeam ? tiers.reason() : tiers.reason() + "; handed on to " + chosen.name();
        return passedOver.isEmpty() ? reason : reason + " (passing over " + String.join(", ", passedOver) + ")";
    }

    @SafeVarargs
    private static Plan tiers(String reason, List<Team>... tiers) {
        List<List<Team>> nonEmpty = Arrays.stream(tiers).filter(tier -> !tier.isEmpty()).toList();
        return new Plan(null, new Tiers(nonEmpty, reason), reason);
    }
}
