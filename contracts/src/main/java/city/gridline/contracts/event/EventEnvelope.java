package city.gridline.contracts.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as it travels: identity, wire type, schema version, time, the aggregate it belongs to, the trace it
 * is part of, the service that produced it, and the event itself. Its attributes are also sent as CloudEvents
 * Kafka headers (see {@link CloudEventHeaders}).
 */
public record EventEnvelope<E extends GridlineEvent>(String eventId, String type, int schemaVersion,
                                                     Instant occurredAt, String aggregateId, String traceId,
                                                     String source, E data) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(data, "data");
    }

    /** Wraps an event, taking its wire type and version from the registry. */
    public static <E extends GridlineEvent> EventEnvelope<E> wrap(E data, String eventId, Instant occurredAt,
                                                                  String traceId, String source) {
        EventType<E> type = EventTypes.of(data);
        return new EventEnvelope<>(eventId, type.wireType(), type.version(), occurredAt, data.aggregateId(),
                traceId, source, data);
    }

    /**
     * The id of an event caused by another: the same cause and step always give the same id, so an event
     * re-published after a redelivery is recognised downstream as the one already seen.
     */
    public static String derivedEventId(String causeEventId, String step) {
        return UUID.nameUUIDFromBytes((causeEventId + "/" + step).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    public EventType<E> eventType() {
        return EventTypes.of(data);
    }

    public String topic() {
        return eventType().topic();
    }
}
