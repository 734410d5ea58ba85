package city.gridline.contracts.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * JSON encoding of envelopes. Decoding reads the wire type first and binds {@code data} to the record
 * registered for it, so the Java class name never appears on the wire. Unknown properties are ignored and absent
 * ones take their defaults: consumers and producers keep working across additive changes within a version.
 */
public final class EventCodec {

    private final JsonMapper json;

    public EventCodec() {
        this.json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // A boolean or number added within a version is absent from older events: it reads as its default.
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .changeDefaultPropertyInclusion(inclusion -> inclusion
                        .withValueInclusion(JsonInclude.Include.NON_NULL)
                        .withContentInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }

    public byte[] encode(EventEnvelope<?> envelope) {
        return json.writeValueAsBytes(envelope);
    }

    public EventEnvelope<?> decode(byte[] payload) {
        try {
            JsonNode tree = json.readTree(payload);
            if (!(tree instanceof ObjectNode root)) {
                throw new UndecodableEventException("payload is not a JSON object");
            }
            String wireType = text(root, "type");
            EventType<?> type = EventTypes.byWireType(wireType)
                    .orElseThrow(() -> new UndecodableEventException("unknown event type '" + wireType + "'"));
            return envelope(root, type);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new UndecodableEventException(e.getMessage(), e);
        }
    }

    private <E extends GridlineEvent> EventEnvelope<E> envelope(ObjectNode root, EventType<E> type) {
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw new UndecodableEventException("event '" + type.wireType() + "' has no data object");
        }
        return new EventEnvelope<>(
                text(root, "eventId"),
                type.wireType(),
                root.path("schemaVersion").asInt(type.version()),
                Instant.parse(text(root, "occurredAt")),
                text(root, "aggregateId"),
                text(root, "traceId"),
                text(root, "source"),
                json.treeToValue(data, type.javaType()));
    }

    private static String text(ObjectNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isString()) {
            throw new UndecodableEventException("envelope field '" + field + "' is missing or not a string");
        }
        return node.asString();
    }
}
