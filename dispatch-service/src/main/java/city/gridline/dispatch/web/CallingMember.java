package city.gridline.dispatch.web;

import city.gridline.dispatch.cases.domain.Actor;
import city.gridline.dispatch.cases.domain.NotAllowed;
import city.gridline.dispatch.teams.application.TeamDirectory;
import city.gridline.dispatch.teams.application.UnknownTeamException;
import city.gridline.dispatch.teams.domain.Member;
import city.gridline.dispatch.teams.domain.Role;
import city.gridline.servicekit.security.Callers;
import city.gridline.servicekit.security.GridlineCaller;
import reactor.core.publisher.Mono;

/**
 * Who is calling: the member whose id is the bearer token's subject. What a member may do is the member directory's
 * word (role, team, the team's area), not the token's: dispatch owns its teams.
 */
public class CallingMember {

    private final TeamDirectory directory;

    public CallingMember(TeamDirectory directory) {
        this.directory = directory;
    }

    public Mono<Actor> actor() {
        return member().flatMap(member -> directory.team(member.teamId())
                .map(team -> Actor.of(member, team))
                .onErrorResume(UnknownTeamException.class, gone -> Mono.just(Actor.of(member, null))));
    }

    public Mono<Member> member() {
        return Callers.current().map(GridlineCaller::id)
                .switchIfEmpty(Mono.error(() -> new NotAllowed("no authenticated caller")))
                .flatMap(id -> directory.member(id)
                        .switchIfEmpty(Mono.error(() -> new NotAllowed("the caller " + id
                                + " is no member of any team"))));
    }

    /** The calling member, who must hold the role. */
    public Mono<Actor> withRole(Role role) {
        return actor().flatMap(actor -> actor.is(role) ? Mono.just(actor)
                : Mono.error(new NotAllowed("this needs the role " + role)));
    }
}
