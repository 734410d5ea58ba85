package city.gridline.contracts.event;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CloudEvents 1.0 attributes as Kafka headers (the Kafka protocol binding's {@code ce_} prefix), so brokers'
 * tools, routers and tracers can read an event's identity without parsing its payload.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** W3C-style trace id extension attribute. */
    public static final String TRACE_ID = "ce_traceid";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    public static Map<String, String> of(EventEnvelope<?> envelope) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, "1.0");
        headers.put(ID, envelope.eventId());
        headers.put(TYPE, envelope.type());
        headers.put(SOURCE, envelope.source());
        headers.put(TIME, envelope.occurredAt().toString());
        headers.put(SUBJECT, envelope.aggregateId());
        headers.put(TRACE_ID, envelope.traceId());
        headers.put(CONTENT_TYPE, "application/json");
        return headers;
    }

    /** The same attributes as UTF-8 bytes, the form Kafka headers carry on the wire. */
    public static Map<String, Object> encoded(EventEnvelope<?> envelope) {
        Map<String, Object> headers = new LinkedHashMap<>();
        of(envelope).forEach((name, value) -> headers.put(name, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }
}
