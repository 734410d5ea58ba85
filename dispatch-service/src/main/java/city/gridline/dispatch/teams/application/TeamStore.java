package city.gridline.dispatch.teams.application;

import city.gridline.dispatch.teams.domain.Member;
import city.gridline.dispatch.teams.domain.Shift;
import city.gridline.dispatch.teams.domain.Team;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;

/** Dispatch's record of teams, their members and the members' duty shifts. */
public interface TeamStore {

    /** Adds the team, or replaces the one with its id. */
    Mono<Team> save(Team team);

    /** Adds the teams not known yet, leaving known ones (an administrator may have renamed them) as they are. */
    Mono<Void> addIfAbsent(Collection<Team> teams);

    Mono<Team> team(String id);

    Flux<Team> teams();

    Flux<Team> teamsOfStreet(String streetCode);

    Mono<Member> save(Member member);

    Mono<Member> member(String id);

    Flux<Member> members(String teamId);

    /** The ids of the teams that have at least one member. */
    Flux<String> staffedTeamIds();

    Mono<Shift> save(Shift shift);

    Flux<Shift> shiftsOf(String memberId);

    /** The member's shifts not ended at {@code now} are worked in {@code teamId} from now on; their number. */
    Mono<Long> moveShiftsNotEnded(String memberId, String teamId, Instant now);

    /** The shifts of these teams that cover the instant. */
    Flux<Shift> shiftsCovering(Collection<String> teamIds, Instant instant);
}
