package city.gridline.dispatch.cases;

import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import city.gridline.contracts.event.ReportLocated;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Located reports made from the contract's golden sample (a report of category 0101 上水井盖 at 116.455, 39.937
 * GCJ-02, in cell 110105001024001 of 建外街道, resident team T110105001024, inside the CBD special zone), each with
 * its own report id and event id, changed as a test needs.
 */
public final class LocatedReportFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LocatedReportFixture() {
    }

    public static byte[] aLocatedReportPayload(String reportId, String eventId) {
        return JSON.writeValueAsBytes(sample(reportId, eventId));
    }

    /** The contract's unlocatable sample (a point outside the district) with its own report id and event id. */
    public static byte[] anUnlocatableReportPayload(String reportId, String eventId) {
        ObjectNode event = (ObjectNode) JSON.readTree(GoldenSamples.sample(EventTypes.REPORT_UNLOCATABLE));
        event.put("eventId", eventId).put("aggregateId", reportId);
        ((ObjectNode) event.path("data")).put("reportId", reportId);
        return JSON.writeValueAsBytes(event);
    }

    public static byte[] aLocatedReportOutsideZonesPayload(String reportId, String eventId) {
        return payload(reportId, eventId, outsideZones());
    }

    /** The sample with its own ids, changed by the tweak (which sees the event's {@code data}). */
    public static byte[] payload(String reportId, String eventId, Consumer<ObjectNode> tweak) {
        ObjectNode event = sample(reportId, eventId);
        tweak.accept((ObjectNode) event.path("data"));
        return JSON.writeValueAsBytes(event);
    }

    public static Consumer<ObjectNode> outsideZones() {
        return data -> data.remove("zone");
    }

    public static Consumer<ObjectNode> category(String code) {
        return data -> ((ObjectNode) data.path("report")).put("categoryCode", code);
    }

    public static Consumer<ObjectNode> inZone(String code, String name, String teamId, String teamName) {
        return data -> {
            ObjectNode zone = data.putObject("zone").put("code", code).put("name", name);
            zone.putObject("team").put("id", teamId).put("name", teamName);
        };
    }

    @SuppressWarnings("unchecked")
    public static EventEnvelope<ReportLocated> aLocatedReport() {
        return (EventEnvelope<ReportLocated>) new EventCodec().decode(
                aLocatedReportPayload(UUID.randomUUID().toString(), UUID.randomUUID().toString()));
    }

    private static ObjectNode sample(String reportId, String eventId) {
        ObjectNode event = (ObjectNode) JSON.readTree(GoldenSamples.sample(EventTypes.REPORT_LOCATED));
        event.put("eventId", eventId).put("aggregateId", reportId);
        ((ObjectNode) event.path("data")).put("reportId", reportId);
        return event;
    }
}
