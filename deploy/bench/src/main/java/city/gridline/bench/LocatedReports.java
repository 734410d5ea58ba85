package city.gridline.bench;

import city.gridline.contracts.event.CloudEventHeaders;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * {@code gridline.report.located.v1} events made from the contract's golden sample, each with its own report id,
 * event id and trace id: a mix of categories (one in {@value #TRANSFER_EVERY} of a category another department
 * owns, so transferred, like 200503 违法停车), of cells in several streets, and one in {@value #ZONE_EVERY} inside
 * the sample's special zone (CBD); the rest go to the resident team of their cell.
 */
final class LocatedReports {

    static final int TRANSFER_EVERY = 5;
    static final int ZONE_EVERY = 4;
    /** Handled by the comprehensive enforcement groups (INSIDE in the catalogue). */
    private static final String[] DISPATCHED_CATEGORIES = {"0101", "0102", "0105", "0110", "0201", "0205", "200101"};
    /** Owned by other departments (OUTSIDE in the catalogue): transferred. */
    private static final String[] TRANSFERRED_CATEGORIES = {"200503", "200504", "200602"};
    private static final int STREETS = 8;
    private static final int CELLS_PER_STREET = 12;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One event: the report id (the record key), the payload, its CloudEvents headers as the grid service sends
     * them, and whether dispatch transfers it.
     */
    record Report(String reportId, byte[] payload, Map<String, Object> headers, boolean transferred) {
    }

    private final ObjectNode sample = (ObjectNode) JSON.readTree(GoldenSamples.sample(EventTypes.REPORT_LOCATED));
    private final EventCodec codec = new EventCodec();
    private final Random random;

    LocatedReports(long seed) {
        this.random = new Random(seed);
    }

    List<Report> next(int count) {
        List<Report> reports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            reports.add(report(i));
        }
        return reports;
    }

    private Report report(int i) {
        String reportId = new UUID(random.nextLong(), random.nextLong()).toString();
        String eventId = new UUID(random.nextLong(), random.nextLong()).toString();
        String traceId = String.format("%016x%016x", random.nextLong(), random.nextLong());
        boolean transferred = i % TRANSFER_EVERY == TRANSFER_EVERY - 1;
        ObjectNode event = sample.deepCopy();
        event.put("eventId", eventId).put("aggregateId", reportId).put("traceId", traceId);
        ObjectNode data = (ObjectNode) event.path("data");
        data.put("reportId", reportId);
        ObjectNode report = (ObjectNode) data.path("report");
        report.put("categoryCode", transferred
                ? TRANSFERRED_CATEGORIES[random.nextInt(TRANSFERRED_CATEGORIES.length)]
                : DISPATCHED_CATEGORIES[random.nextInt(DISPATCHED_CATEGORIES.length)]);
        report.put("sourceTicketId", "12319-BENCH-" + reportId);
        report.put("receivedAt", Instant.now().toString());

        int street = random.nextInt(STREETS);
        int cell = random.nextInt(CELLS_PER_STREET);
        String streetCode = String.format("110105%03d", street + 1);
        String communityCode = streetCode + String.format("%03d", cell + 1);
        ObjectNode cellNode = (ObjectNode) data.path("cell");
        cellNode.put("code", communityCode + "001");
        ((ObjectNode) cellNode.path("community")).put("code", communityCode).put("name", "社区" + communityCode);
        ((ObjectNode) cellNode.path("street")).put("code", streetCode).put("name", "街道" + streetCode);
        ((ObjectNode) data.path("residentTeam")).put("id", "T" + communityCode).put("name", communityCode + "综合执法组");
        if (i % ZONE_EVERY != 0) {
            data.remove("zone");
        }
        byte[] payload = JSON.writeValueAsBytes(event);
        return new Report(reportId, payload, CloudEventHeaders.encoded(codec.decode(payload)), transferred);
    }
}
