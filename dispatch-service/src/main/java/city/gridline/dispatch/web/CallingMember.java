package city.gridline.dispatch.web;

import city.gridline.dispatch.cases.domain.Actor;
import city.gridline.dispatch.cases.domain.NotAllowed;
import city.gridline.dispatch.teams.application.TeamDirectory;
import city.gridline.dispatch.teams.domain.Member;
import city.gridline.dispatch.teams.domain.Role;
import reactor.core.publisher.Mono;

/**
 * Who is calling: the member named in the {@value #HEADER} header. The header is set by the gateway that
 * authenticated the caller; until the project's own token authentication arrives, whoever can reach the service
 * directly can name any member — deploy it behind that gateway only.
 */
public class CallingMember {

    public static final String HEADER = "X-Gridline-Member";

    private final TeamDirectory directory;

    public CallingMember(TeamDirectory directory) {
        this.directory = directory;
    }

    public Mono<Actor> actor(String memberId) {
        return member(memberId).map(Actor::of);
    }

    public Mono<Member> member(String memberId) {
        if (memberId == null || memberId.isBlank()) {
            return Mono.error(new UnidentifiedCallerException("name the calling member in the " + HEADER
                    + " header"));
        }
        return directory.member(memberId.strip())
                .switchIfEmpty(Mono.error(() -> new UnidentifiedCallerException("no member " + memberId.strip())));
    }

    /** The calling member, who must hold the role. */
    public Mono<Actor> withRole(String memberId, Role role) {
        return actor(memberId).flatMap(actor -> actor.is(role) ? Mono.just(actor)
                : Mono.error(new NotAllowed("this needs the role " + role)));
    }

    /** The caller could not be identified (401). */
    public static class UnidentifiedCallerException extends RuntimeException {

        public UnidentifiedCallerException(String message) {
            super(message);
        }
    }
}
