package city.gridline.dispatch.cases.domain;

import city.gridline.dispatch.teams.domain.Member;
import city.gridline.dispatch.teams.domain.Role;

import java.util.Objects;

/** Who makes a change: a member acting through the API, or dispatch itself. */
public record Actor(String id, Role role, String teamId) {

    public static final Actor SYSTEM = new Actor("system:dispatch-service", null, null);

    public Actor {
        Objects.requireNonNull(id, "id");
    }

    public static Actor of(Member member) {
        return new Actor(member.actor(), member.role(), member.teamId());
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }
}
