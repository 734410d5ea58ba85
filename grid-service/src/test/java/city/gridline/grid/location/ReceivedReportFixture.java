package city.gridline.grid.location;

import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Received reports made from the contract's golden sample, with their own ids and location. */
public final class ReceivedReportFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReceivedReportFixture() {
    }

    public static byte[] aReceivedReport(String reportId, String eventId, double lon, double lat, String crs) {
        ObjectNode event = sample(reportId, eventId);
        ObjectNode location = (ObjectNode) event.path("data").path("location");
        location.put("lon", lon).put("lat", lat).put("crs", crs);
        return JSON.writeValueAsBytes(event);
    }

    public static byte[] anAddressOnlyReport(String reportId, String eventId, String address) {
        ObjectNode event = sample(reportId, eventId);
        ObjectNode data = (ObjectNode) event.path("data");
        data.remove("location");
        data.put("address", address);
        return JSON.writeValueAsBytes(event);
    }

    private static ObjectNode sample(String reportId, String eventId) {
        ObjectNode event = (ObjectNode) JSON.readTree(GoldenSamples.sample(EventTypes.REPORT_RECEIVED));
        event.put("eventId", eventId).put("aggregateId", reportId);
        ((ObjectNode) event.path("data")).put("reportId", reportId);
        return event;
    }
}
