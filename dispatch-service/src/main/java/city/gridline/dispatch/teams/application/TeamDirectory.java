package city.gridline.dispatch.teams.application;

import city.gridline.contracts.event.EventEnvelope;
import city.gridline.dispatch.teams.domain.Member;
import city.gridline.dispatch.teams.domain.Shift;
import city.gridline.dispatch.teams.domain.Team;
import city.gridline.servicekit.TraceIds;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Teams, members and duty rosters: who works where, in which role, and who is on duty now. Every change an
 * administrator makes to a team or a member is announced as the team's roster (both teams' when a member moves).
 */
public class TeamDirectory {

    public static final String SOURCE = "/gridline/dispatch-service";

    private final TeamStore store;
    private final RosterPublisher rosters;
    private final Clock clock;
    private final Set<String> learned = ConcurrentHashMap.newKeySet();

    public TeamDirectory(TeamStore store, RosterPublisher rosters, Clock clock) {
        this.store = store;
        this.rosters = rosters;
        this.clock = clock;
    }

    public Mono<Team> team(String id) {
        return store.team(id).switchIfEmpty(Mono.error(() -> new UnknownTeamException(id)));
    }

    public Flux<Team> teams() {
        return store.teams();
    }

    public Flux<Team> teamsOfStreet(String streetCode) {
        return store.teamsOfStreet(streetCode);
    }

    public Mono<Team> save(Team team) {
        return store.save(team).flatMap(saved -> announceRoster(saved.id()).thenReturn(saved));
    }

    /**
     * Adds the standing teams around a place not seen before. Teams this instance has learned already are skipped
     * without a round trip: the standing teams of a street repeat for every one of its reports.
     */
    public Mono<Void> learn(Collection<Team> standingTeams) {
        List<Team> unseen = standingTeams.stream().filter(team -> !learned.contains(team.id())).toList();
        if (unseen.isEmpty()) {
            return Mono.empty();
        }
        return store.addIfAbsent(unseen)
                .doOnSuccess(done -> unseen.forEach(team -> learned.add(team.id())));
    }

    public Mono<Member> member(String id) {
        return store.member(id);
    }

    /**
     * Adds or changes a member; the member's team must exist. A member who moves takes the shifts not yet ended
     * along: they are on duty for the new team.
     */
    public Mono<Member> save(Member member) {
        return team(member.teamId())
                .then(store.member(member.id()).map(Member::teamId).defaultIfEmpty(member.teamId()))
                .flatMap(previousTeam -> store.save(member)
                        .flatMap(saved -> (previousTeam.equals(saved.teamId()) ? Mono.<Long>empty()
                                : store.moveShiftsNotEnded(saved.id(), saved.teamId(), clock.instant()))
                                .then(announceRoster(saved.teamId()))
                                .then(previousTeam.equals(saved.teamId()) ? Mono.empty() : announceRoster(previousTeam))
                                .thenReturn(saved)));
    }

    /**
     * Publishes the roster of every team that has members, one after the other: at start, so that what the bootstrap
     * wrote and any announcement a broker outage lost are on {@code teams.rosters} too. Teams without members — the
     * many standing teams learned from placements and never staffed — count for nothing and are left out, so a start
     * does not wait for a send per learned team; a team whose last member left was announced empty by that move.
     */
    public Mono<Void> announceStaffedRosters() {
        return store.staffedTeamIds().concatMap(this::announceRoster).then();
    }

    /** Publishes the team's roster as it now stands. */
    private Mono<Void> announceRoster(String teamId) {
        return Mono.zip(store.team(teamId), store.members(teamId).collectList())
                .map(team -> TeamRoster.of(team.getT1(), team.getT2(), clock.instant()))
                .map(roster -> EventEnvelope.wrap(roster, UUID.randomUUID().toString(), roster.changedAt(),
                        TraceIds.fromTraceparent(null), SOURCE))
                .flatMap(event -> Mono.fromRunnable(() -> rosters.publish(event))
                        .subscribeOn(Schedulers.boundedElastic()))
                .then();
    }

    public Flux<Member> members(String teamId) {
        return team(teamId).thenMany(store.members(teamId));
    }

    /**
     * A duty shift of the member, on duty for their team. A move of the member to another team while the shift is
     * written cannot leave it with the old team: read again once written, the member's team wins.
     */
    public Mono<Shift> addShift(String memberId, Instant start, Instant end) {
        return store.member(memberId)
                .switchIfEmpty(Mono.error(() -> new UnknownMemberException(memberId)))
                .flatMap(member -> store.save(new Shift(UUID.randomUUID().toString(), member.id(), member.teamId(),
                        start, end)))
                .flatMap(shift -> store.member(memberId)
                        .filter(now -> !now.teamId().equals(shift.teamId()))
                        .flatMap(moved -> store.moveShiftsNotEnded(memberId, moved.teamId(), clock.instant())
                                .thenReturn(new Shift(shift.id(), memberId, moved.teamId(), shift.start(),
                                        shift.end())))
                        .defaultIfEmpty(shift));
    }

    public Flux<Shift> shiftsOf(String memberId) {
        return store.shiftsOf(memberId);
    }

    /** The teams among these that have at least one member on duty now. */
    public Mono<Set<String>> onDutyNow(Collection<String> teamIds) {
        return store.shiftsCovering(teamIds, clock.instant()).map(Shift::teamId).collect(Collectors.toSet());
    }

    public Mono<Boolean> onDutyNow(Member member) {
        return store.shiftsOf(member.id()).any(shift -> shift.covers(clock.instant()));
    }
}
