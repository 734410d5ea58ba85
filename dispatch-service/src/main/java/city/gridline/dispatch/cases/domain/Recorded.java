package city.gridline.dispatch.cases.domain;

import city.gridline.contracts.event.CaseEvent;

import java.time.Instant;
import java.util.Objects;

/** A case event with the id it is published under and when it was recorded; a case's history is a list of these. */
public record Recorded(String eventId, Instant recordedAt, CaseEvent event) {

    public Recorded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(event, "event");
    }
}
