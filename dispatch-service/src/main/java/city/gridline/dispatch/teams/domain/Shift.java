package city.gridline.dispatch.teams.domain;

import java.time.Instant;
import java.util.Objects;

/** One duty shift of a member (排班): on duty from {@code start} (inclusive) to {@code end} (exclusive). */
public record Shift(String id, String memberId, String teamId, Instant start, Instant end) {

    public Shift {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a shift ends after it starts");
        }
    }

    public boolean covers(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
