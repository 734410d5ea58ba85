package city.gridline.contracts.event;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code gridline.roster.team-changed.v1}, on the compacted {@code teams.rosters}, keyed by team id: a team as it
 * stands after a change to it or to its members — where it is stationed ({@code districtCode}, {@code streetCode},
 * either absent when it is not bound to one), whether it works in the field ({@code frontLine}) and how many of
 * its members hold each role. No names: the staffing check needs counts only.
 */
public record TeamRosterChanged(String teamId, String teamName, String kind, String districtCode, String streetCode,
                                boolean frontLine, Members members, Instant changedAt) implements GridlineEvent {

    /** Members by role: sworn officers (执法队员), assistants (协管员), supervisors, command centre, administrators. */
    public record Members(int officers, int assistants, int supervisors, int commandCentre, int administrators) {

        public Members {
            if (officers < 0 || assistants < 0 || supervisors < 0 || commandCentre < 0 || administrators < 0) {
                throw new IllegalArgumentException("member counts are never negative");
            }
        }
    }

    public TeamRosterChanged {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(teamName, "teamName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    @Override
    public String aggregateId() {
        return teamId;
    }
}
