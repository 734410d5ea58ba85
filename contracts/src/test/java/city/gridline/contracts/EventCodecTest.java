package city.gridline.contracts;

import city.gridline.contracts.event.CloudEventHeaders;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import city.gridline.contracts.event.Placement;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.contracts.event.UndecodableEventException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void wrapTakesWireTypeAndKeyFromTheRegistry() {
        ReportReceived report = new ReportReceived("r-1", Channel.HOTLINE_12345, "12345-1", "0101", "井盖破损",
                new GeoPoint(116.455, 39.937, Crs.GCJ02), null, MaskedContact.of("李四", "13912345678"),
                Instant.parse("2026-11-23T08:00:00Z"));

        EventEnvelope<ReportReceived> envelope =
                EventEnvelope.wrap(report, "e-1", report.receivedAt(), "trace-1", "/gridline/intake-service");

        assertThat(envelope.type()).isEqualTo("gridline.report.received.v1");
        assertThat(envelope.aggregateId()).isEqualTo("r-1");
        assertThat(envelope.topic()).isEqualTo(Topics.REPORTS_RECEIVED);
        assertThat(codec.decode(codec.encode(envelope))).isEqualTo(envelope);
    }

    @Test
    void cloudEventHeadersCarryTheEnvelopeAttributes() {
        EventEnvelope<?> envelope = codec.decode(GoldenSamples.sample(EventTypes.CASE_DISPATCHED));

        assertThat(CloudEventHeaders.of(envelope))
                .containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0")
                .containsEntry(CloudEventHeaders.ID, envelope.eventId())
                .containsEntry(CloudEventHeaders.TYPE, "gridline.case.dispatched.v1")
                .containsEntry(CloudEventHeaders.SUBJECT, "261123-00042")
                .containsEntry(CloudEventHeaders.SOURCE, "/gridline/dispatch-service")
                .containsEntry(CloudEventHeaders.TIME, "2026-11-23T08:15:30.251Z")
                .containsEntry(CloudEventHeaders.TRACE_ID, envelope.traceId());
    }

    @Test
    void derivedEventIdsAreStablePerCauseAndStep() {
        String first = EventEnvelope.derivedEventId("cause", "located");

        assertThat(EventEnvelope.derivedEventId("cause", "located")).isEqualTo(first);
        assertThat(EventEnvelope.derivedEventId("cause", "opened")).isNotEqualTo(first);
        assertThat(EventEnvelope.derivedEventId("other", "located")).isNotEqualTo(first);
    }

    @Test
    void unknownWireTypeIsUndecodable() {
        String sample = new String(GoldenSamples.sample(EventTypes.CASE_OPENED), StandardCharsets.UTF_8)
                .replace("gridline.case.opened.v1", "gridline.case.teleported.v1");

        assertThatThrownBy(() -> codec.decode(sample.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("gridline.case.teleported.v1");
    }

    @Test
    void garbageIsUndecodable() {
        assertThatThrownBy(() -> codec.decode("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UndecodableEventException.class);
        assertThatThrownBy(() -> codec.decode("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UndecodableEventException.class);
    }

    @Test
    void eventMissingARequiredFieldIsUndecodable() {
        String sample = new String(GoldenSamples.sample(EventTypes.CASE_DISPATCHED), StandardCharsets.UTF_8)
                .replace("\"team\"", "\"squad\"");

        assertThatThrownBy(() -> codec.decode(sample.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("team");
    }

    @Test
    void locatedEventWrittenBeforePlacementBoundaryAndZoneDecodesWithTheirDefaults() {
        String older = """
                {"eventId": "e-1", "type": "gridline.report.located.v1", "schemaVersion": 1,
                 "occurredAt": "2026-11-23T08:00:00Z", "aggregateId": "r-1", "traceId": "t-1",
                 "source": "/gridline/grid-service",
                 "data": {"reportId": "r-1",
                   "report": {"channel": "12319", "sourceTicketId": "1", "categoryCode": "0101",
                              "receivedAt": "2026-11-23T08:00:00Z"},
                   "point": {"lon": 116.455, "lat": 39.937, "crs": "GCJ02"},
                   "cell": {"code": "110105001024001", "community": {"code": "110105001024", "name": "c"},
                            "street": {"code": "110105001", "name": "s"}, "district": {"code": "110105", "name": "d"}},
                   "residentTeam": {"id": "T1", "name": "t"}, "layerVersion": "v1"}}""";

        ReportLocated located = (ReportLocated) codec.decode(older.getBytes(StandardCharsets.UTF_8)).data();

        assertThat(located.placement()).isEqualTo(Placement.POINT);
        assertThat(located.needsConfirmation()).isFalse();
        assertThat(located.nearCellBoundary()).isFalse();
        assertThat(located.nearStreetBoundary()).isFalse();
        assertThat(located.zone()).isNull();
    }

    @Test
    void unknownPropertiesAreIgnoredSoProducersMayAddFields() {
        String sample = new String(GoldenSamples.sample(EventTypes.CASE_DISPATCHED), StandardCharsets.UTF_8)
                .replace("\"cellCode\"", "\"priority\": \"high\", \"cellCode\"");

        assertThat(codec.decode(sample.getBytes(StandardCharsets.UTF_8)).data())
                .isEqualTo(codec.decode(GoldenSamples.sample(EventTypes.CASE_DISPATCHED)).data());
    }
}
