package city.gridline.dispatch.cases;

import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import city.gridline.contracts.event.ReportLocated;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.UUID;

/**
 * Located reports made from the contract's golden sample (a report in cell 110105001024001 of 建外街道, inside the
 * CBD special zone), each with its own report id and event id, in the zone or not.
 */
final class LocatedReportFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LocatedReportFixture() {
    }

    static byte[] aLocatedReportPayload(String reportId, String eventId) {
        return JSON.writeValueAsBytes(sample(reportId, eventId));
    }

    static byte[] aLocatedReportOutsideZonesPayload(String reportId, String eventId) {
        ObjectNode event = sample(reportId, eventId);
        ((ObjectNode) event.path("data")).remove("zone");
        return JSON.writeValueAsBytes(event);
    }

    @SuppressWarnings("unchecked")
    static EventEnvelope<ReportLocated> aLocatedReport() {
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
