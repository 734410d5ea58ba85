package city.gridline.grid.location.application;

import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportLocation;

import java.time.Instant;

/**
 * Where a person placed an unlocatable report, and the identity of the event that announces it. Recorded on the
 * triage item before the event is published, so that every later attempt publishes this very event again.
 */
public record ManualPlacement(String eventId, String traceId, String placedBy, Instant placedAt,
                              ReportLocated located) {

    /** The same event on every call: same id, time, trace and content, so consumers take a repeat as one. */
    public EventEnvelope<ReportLocation> event() {
        return EventEnvelope.<ReportLocation>wrap(located, eventId, placedAt, traceId, ReportLocating.SOURCE);
    }
}
