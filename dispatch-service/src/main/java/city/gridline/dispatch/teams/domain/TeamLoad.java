package city.gridline.dispatch.teams.domain;

import java.util.Objects;

/** What assignment needs to know of a team right now: whether anyone is on duty, and how many open cases it has. */
public record TeamLoad(Team team, boolean onDuty, long openCases) {

    public TeamLoad {
        Objects.requireNonNull(team, "team");
    }
}
