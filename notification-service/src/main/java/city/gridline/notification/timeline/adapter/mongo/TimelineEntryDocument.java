package city.gridline.notification.timeline.adapter.mongo;

import city.gridline.notification.timeline.domain.TimelineEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A timeline entry in notification's {@code case_timeline} collection, keyed by the event id. */
@Document(TimelineEntryDocument.COLLECTION)
record TimelineEntryDocument(@Id String eventId, String caseNumber, String type, Instant occurredAt, String actor,
                             String summary, long position) {

    static final String COLLECTION = "case_timeline";

    static TimelineEntryDocument of(TimelineEntry entry) {
        return new TimelineEntryDocument(entry.eventId(), entry.caseNumber(), entry.type(), entry.occurredAt(),
                entry.actor(), entry.summary(), entry.position());
    }

    TimelineEntry toEntry() {
        return new TimelineEntry(eventId, caseNumber, type, occurredAt, actor, summary, position);
    }
}
