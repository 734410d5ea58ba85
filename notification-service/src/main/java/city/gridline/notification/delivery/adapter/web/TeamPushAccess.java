package city.gridline.notification.delivery.adapter.web;

import city.gridline.notification.staffing.application.StaffingRegister;
import city.gridline.notification.staffing.domain.TeamStaffing;
import city.gridline.servicekit.security.Callers;
import city.gridline.servicekit.security.GridlineCaller;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Mono;

/**
 * Who may follow a team's push stream: a caller whose areas hold the team's station — its street, else its
 * district — as the team's latest roster announced it. A team with no roster here (none announced, so no members
 * to follow it) is not found.
 */
public class TeamPushAccess {

    private final StaffingRegister register;

    public TeamPushAccess(StaffingRegister register) {
        this.register = register;
    }

    public Mono<Void> check(String teamId) {
        return register.team(teamId)
                .switchIfEmpty(Mono.error(() -> new UnknownTeamException(teamId)))
                .zipWith(Callers.current())
                .doOnNext(teamAndCaller -> requireStation(teamAndCaller.getT2(), teamAndCaller.getT1()))
                .then();
    }

    private static void requireStation(GridlineCaller caller, TeamStaffing team) {
        String station = team.streetCode() != null ? team.streetCode() : team.districtCode();
        if (!caller.mayActIn(station)) {
            throw new AccessDeniedException("team " + team.teamId() + " is stationed in " + station
                    + ", outside your areas " + caller.areas().codes());
        }
    }

    public static class UnknownTeamException extends RuntimeException {

        UnknownTeamException(String teamId) {
            super("No roster of team " + teamId + " has been announced");
        }
    }
}
