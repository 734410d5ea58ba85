package city.gridline.notification.deadline.application;

import java.time.Instant;
import java.util.Objects;

/**
 * A deadline step's event, stored with the claim of the step in one write (the outbox) and removed once it is
 * published and its notifications are created. {@code envelope}: the event's JSON envelope exactly as it is
 * published, so a relayed step carries the same id, time and content as the first attempt would have.
 */
public record StepAnnouncement(String caseNumber, String eventId, String envelope, Instant storedAt) {

    public StepAnnouncement {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(storedAt, "storedAt");
    }
}
