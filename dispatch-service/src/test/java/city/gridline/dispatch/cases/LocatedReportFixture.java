package city.gridline.dispatch.cases;

import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import city.gridline.contracts.event.ReportLocated;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Located reports made from the contract's golden sample, each with a fresh report id and event id. */
final class LocatedReportFixture {

    private static final String SAMPLE_REPORT_ID = "3f1c2a9e-5b7d-4c11-9a0e-2d6f8b1c7e41";
    private static final String SAMPLE_EVENT_ID = "c4d5e6f7-1a2b-4c3d-9e8f-7a6b5c4d3e2f";

    private LocatedReportFixture() {
    }

    static byte[] aLocatedReportPayload(String reportId, String eventId) {
        return new String(GoldenSamples.sample(EventTypes.REPORT_LOCATED), StandardCharsets.UTF_8)
                .replace(SAMPLE_REPORT_ID, reportId)
                .replace(SAMPLE_EVENT_ID, eventId)
                .getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static EventEnvelope<ReportLocated> aLocatedReport() {
        return (EventEnvelope<ReportLocated>) new EventCodec().decode(
                aLocatedReportPayload(UUID.randomUUID().toString(), UUID.randomUUID().toString()));
    }
}
