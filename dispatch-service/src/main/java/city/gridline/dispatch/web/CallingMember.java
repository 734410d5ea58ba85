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
 * Who is calling: the member whose id is the bearer token's subject, and whose directory role the token carries.
 * What a member may do is the member directory's word (role, team, the team's area): dispatch owns its teams.
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

    /** The member the token names, whose role the token must also carry: identity provider and directory agree. */
    public Mono<Member> member() {
        return Callers.current()
                .switchIfEmpty(Mono.error(() -> new NotAllowed("no authenticated caller")))
                .flatMap(caller -> directory.member(caller.id())
                        .switchIfEmpty(Mono.error(() -> new NotAllowed("the caller " + caller.id()
                                + " is no member of any team")))
                        .filter(member -> carries(caller, member.role()))
                        .switchIfEmpty(Mono.error(() -> new NotAllowed("the token of " + caller.id()
                                + " does not carry the member's role"))));
    }

    private static boolean carries(GridlineCaller caller, Role role) {
        return caller.roles().stream().anyMatch(held -> held.name().equals(role.name()));
    }

    /** The calling member, who must hold the role. */
    public Mono<Actor> withRole(Role role) {
        return actor().flatMap(actor -> actor.is(role) ? Mono.just(actor)
                : Mono.error(new NotAllowed("this needs the role " + role)));
    }
}
