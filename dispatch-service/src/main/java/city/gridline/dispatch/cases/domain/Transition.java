package city.gridline.dispatch.cases.domain;

import java.time.Instant;
import java.util.Objects;

/** One step in a case's history: what happened, when, who did it and why. */
public record Transition(CaseStatus status, Instant at, String actor, String reason, String eventId) {

    public Transition {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(eventId, "eventId");
    }
}
