package city.gridline.dispatch.cases.domain;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A decision to send a case to a lead team (with assisting teams, if any), under a time limit and a sign-by time. */
public record Dispatch(TeamRef team, List<TeamRef> assistingTeams, String reason, TimeLimit handlingLimit,
                       Instant signBy) {

    public Dispatch {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(handlingLimit, "handlingLimit");
        Objects.requireNonNull(signBy, "signBy");
        assistingTeams = assistingTeams == null ? List.of() : List.copyOf(assistingTeams);
    }
}
