package city.gridline.dispatch.cases.application;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.category.Category;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.dispatch.catalogue.application.CatalogueAdministration;
import city.gridline.dispatch.cases.domain.AssignmentPlanner;
import city.gridline.dispatch.cases.domain.InvalidCaseInput;
import city.gridline.dispatch.cases.domain.Dispatch;
import city.gridline.dispatch.teams.application.TeamDirectory;
import city.gridline.dispatch.teams.domain.StandingTeams;
import city.gridline.dispatch.teams.domain.Team;
import city.gridline.dispatch.teams.domain.TeamLoad;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides where a case goes now: the catalogue says what the category is, the planner applies the responsibility
 * list, and the directory and the case store say who is on duty and how loaded each candidate team is. The
 * category's time limits and sign limit come with the decision.
 */
public class DispatchDecisions {

    private final CatalogueAdministration catalogue;
    private final TeamDirectory directory;
    private final CaseStore cases;
    private final AssignmentPlanner planner;
    private final Clock clock;
    private final Defaults defaults;

    /** What applies to a category the catalogue does not know. */
    public record Defaults(TimeLimit handlingLimit, Duration signLimit) {
    }

    /** Either a transfer to the owning department, or a dispatch. */
    public record Decision(String department, String reason, Dispatch dispatch) {

        public boolean transfer() {
            return department != null;
        }
    }

    public DispatchDecisions(CatalogueAdministration catalogue, TeamDirectory directory, CaseStore cases,
                             AssignmentPlanner planner, Clock clock, Defaults defaults) {
        this.catalogue = catalogue;
        this.directory = directory;
        this.cases = cases;
        this.planner = planner;
        this.clock = clock;
        this.defaults = defaults;
    }

    /** The first decision for a freshly opened case; the teams standing around the place become known here. */
    public Mono<Decision> first(CaseOpened opened) {
        return directory.learn(standingTeams(opened)).then(decide(opened, Set.of()));
    }

    /** A new decision for a case some teams have given back: they are passed over. */
    public Mono<Decision> decide(CaseOpened opened, Set<String> passedOver) {
        Optional<Category> category = catalogue.find(opened.categoryCode());
        return directory.teamsOfStreet(opened.cell().street().code()).collectList().flatMap(streetTeams -> {
            AssignmentPlanner.Plan plan = planner.plan(opened, category, streetTeams);
            if (plan.transfer()) {
                return Mono.just(new Decision(plan.department(), plan.reason(), null));
            }
            List<Team> candidates = plan.tiers().all();
            return loads(candidates).map(loads -> {
                AssignmentPlanner.Choice choice = planner.choose(plan.tiers(), loads, passedOver);
                return new Decision(null, choice.reason(), dispatchTo(choice.team(), List.of(), choice.reason(),
                        opened, category));
            });
        });
    }

    /** The command centre's own choice of lead team, and of assisting teams for joint enforcement (联合执法). */
    public Mono<Dispatch> chosen(CaseOpened opened, String teamId, List<String> assistingTeamIds, String reason) {
        List<String> ids = new ArrayList<>(assistingTeamIds);
        if (ids.contains(teamId)) {
            throw new InvalidCaseInput("the lead team cannot also assist");
        }
        return directory.team(teamId).flatMap(lead -> Flux.fromIterable(ids)
                .concatMap(directory::team).collectList()
                .map(assisting -> dispatchTo(lead, assisting.stream().map(Team::ref).toList(), reason, opened,
                        catalogue.find(opened.categoryCode()))));
    }

    private Dispatch dispatchTo(Team team, List<TeamRef> assisting, String reason,
                                CaseOpened opened, Optional<Category> category) {
        Instant now = clock.instant();
        TimeLimit limit = category.map(c -> c.limitFor(opened.urgency())).orElse(defaults.handlingLimit());
        Duration signLimit = category.map(c -> Duration.ofMinutes(c.signLimitMinutes())).orElse(defaults.signLimit());
        return new Dispatch(team.ref(), assisting, reason, limit, now.plus(signLimit));
    }

    /**
     * Who is on duty among the candidates, and — only for the teams on duty, the only ones whose workload decides
     * anything — how many open cases each has. With no rosters kept, no case is counted at all.
     */
    private Mono<Map<String, TeamLoad>> loads(List<Team> candidates) {
        List<String> ids = candidates.stream().map(Team::id).toList();
        return directory.onDutyNow(ids).flatMap(onDuty -> (onDuty.isEmpty() ? Mono.just(Map.<String, Long>of())
                        : cases.openCasesByTeam(onDuty))
                .map(open -> candidates.stream().collect(Collectors.toMap(Team::id,
                        team -> new TeamLoad(team, onDuty.contains(team.id()), open.getOrDefault(team.id(), 0L)),
                        (a, b) -> a))));
    }

    private static List<Team> standingTeams(CaseOpened opened) {
        List<Team> teams = new ArrayList<>();
        if (opened.residentTeam() != null) {
            teams.add(StandingTeams.residentGroup(opened.residentTeam(), opened.cell()));
        }
        teams.add(StandingTeams.streetSquad(opened.cell()));
        teams.add(StandingTeams.districtTeam(opened.cell()));
        StandingTeams.specialAreaTeam(opened.zone(), opened.cell()).ifPresent(teams::add);
        return teams;
    }
}
