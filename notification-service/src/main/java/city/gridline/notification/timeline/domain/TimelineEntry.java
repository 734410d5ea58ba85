package city.gridline.notification.timeline.domain;

import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventEnvelope;

import java.time.Instant;
import java.util.Objects;

/** One step of a case as the people following it read it: what, when, who, and a line of explanation. */
public record TimelineEntry(String eventId, String caseNumber, String type, Instant occurredAt, String actor,
                            String summary, long position) {

    public TimelineEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /**
     * {@code position}: the event's offset on its topic partition. All events of a case share a partition, so it
     * orders steps that happened within the same instant (a case opened and dispatched together).
     */
    public static TimelineEntry of(EventEnvelope<? extends CaseEvent> envelope, long position) {
        CaseEvent event = envelope.data();
        return new TimelineEntry(envelope.eventId(), event.caseNumber(), envelope.type(), envelope.occurredAt(),
                event.actor(), CaseStepSummary.of(event), position);
    }
}
