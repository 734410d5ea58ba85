package city.gridline.notification.register.domain;

import city.gridline.contracts.TeamRef;

import java.time.Instant;
import java.util.Objects;

/** One dispatch of a case: to which team, when, and by when the team had to sign ({@code signBy}, may be unknown). */
public record Dispatch(TeamRef team, Instant at, Instant signBy) {

    public Dispatch {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(at, "at");
    }
}
