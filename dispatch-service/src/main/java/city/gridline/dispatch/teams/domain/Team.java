package city.gridline.dispatch.teams.domain;

import city.gridline.contracts.TeamRef;

import java.util.Objects;

/** An enforcement unit; {@code streetCode} and {@code districtCode} say where it works, when it is bound to one. */
public record Team(String id, String name, TeamKind kind, String streetCode, String districtCode) {

    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public TeamRef ref() {
        return new TeamRef(id, name);
    }
}
