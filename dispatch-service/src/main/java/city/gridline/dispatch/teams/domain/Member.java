package city.gridline.dispatch.teams.domain;

import java.util.Objects;

/** A person who works cases, in one team, with one role. */
public record Member(String id, String name, Role role, String teamId) {

    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(teamId, "teamId");
    }

    /** How the member appears as the actor of a case event. */
    public String actor() {
        return "member:" + id;
    }
}
