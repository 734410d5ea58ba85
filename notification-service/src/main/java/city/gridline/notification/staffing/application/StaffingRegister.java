package city.gridline.notification.staffing.application;

import city.gridline.notification.staffing.domain.DistrictPopulation;
import city.gridline.notification.staffing.domain.TeamStaffing;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The latest population of each district (from {@code grid.population}) and the latest roster of each team (from
 * {@code teams.rosters}). An announcement older than the one recorded is ignored; the result says whether it was
 * recorded.
 */
public interface StaffingRegister {

    Mono<Boolean> record(DistrictPopulation population);

    Mono<Boolean> record(TeamStaffing team);

    Flux<DistrictPopulation> populations();

    Flux<TeamStaffing> teams();

    /** The team as its latest roster announced it; empty for a team never announced (no members yet). */
    Mono<TeamStaffing> team(String teamId);
}
