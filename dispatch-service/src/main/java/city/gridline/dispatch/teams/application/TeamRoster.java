package city.gridline.dispatch.teams.application;

import city.gridline.contracts.event.TeamRosterChanged;
import city.gridline.dispatch.teams.domain.Member;
import city.gridline.dispatch.teams.domain.Role;
import city.gridline.dispatch.teams.domain.Team;

import java.time.Instant;
import java.util.Collection;

/**
 * A team's roster as {@code gridline.roster.team-changed.v1} carries it: where the team is stationed, whether it
 * is front line, and its members counted by role — no names.
 */
final class TeamRoster {

    private TeamRoster() {
    }

    static TeamRosterChanged of(Team team, Collection<Member> members, Instant changedAt) {
        return new TeamRosterChanged(team.id(), team.name(), team.kind().name(), team.districtCode(),
                team.streetCode(), team.kind().frontLine(),
                new TeamRosterChanged.Members(count(members, Role.OFFICER), count(members, Role.ASSISTANT),
                        count(members, Role.SUPERVISOR), count(members, Role.COMMAND_CENTRE),
                        count(members, Role.ADMINISTRATOR)),
                changedAt);
    }

    private static int count(Collection<Member> members, Role role) {
        return (int) members.stream().filter(member -> member.role() == role).count();
    }
}
