package city.gridline.dispatch.cases.domain;

import city.gridline.dispatch.teams.domain.Member;
import city.gridline.dispatch.teams.domain.Role;
import city.gridline.dispatch.teams.domain.Team;

import java.util.Objects;

/**
 * Who makes a change: a member acting through the API, or dispatch itself. {@code area} is the division code its
 * team works in (the team's street, else its district), {@code null} for a team bound to no area: the command centre
 * and supervisors act on cases inside it only.
 */
public record Actor(String id, Role role, String teamId, String area) {

    public static final Actor SYSTEM = new Actor("system:dispatch-service", null, null, null);

    public Actor {
        Objects.requireNonNull(id, "id");
    }

    public static Actor of(Member member, Team team) {
        String area = team == null ? null : team.streetCode() != null ? team.streetCode() : team.districtCode();
        return new Actor(member.actor(), member.role(), member.teamId(), area);
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    /** Whether the case's cell lies in this actor's area. */
    public boolean covers(DispatchCase dispatchCase) {
        return area == null || dispatchCase.opened() == null || dispatchCase.opened().cell().code().startsWith(area);
    }
}
