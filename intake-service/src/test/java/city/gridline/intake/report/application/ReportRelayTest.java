package city.gridline.intake.report.application;

import city.gridline.contracts.Channel;
import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.contracts.event.ReporterRegistered;
import city.gridline.intake.report.domain.AcceptedReport;
import city.gridline.intake.report.domain.DuplicateRule;
import city.gridline.intake.report.domain.ReportSubmission;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportRelayTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final InMemoryReportStore store = new InMemoryReportStore();
    private final RecordingBroker broker = new RecordingBroker();
    private final ReportCompletion completion = new ReportCompletion(store, broker,
            new DuplicateRule(50, Duration.ofHours(1)));
    private final ReportRelay relay = new ReportRelay(store, completion, Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.ofSeconds(10));

    @Test
    void reportsTheBrokerNeverConfirmedArePublishedUnderTheirOwnEventIds() {
        AcceptedReport lost = record("T-1", NOW.minusSeconds(60), false);
        record("T-2", NOW.minusSeconds(60), true);

        assertThat(relay.relay().block()).isEqualTo(1);

        assertThat(broker.published).extracting(EventEnvelope::eventId)
                .containsExactly(lost.eventId(), EventEnvelope.derivedEventId(lost.eventId(), "reporter/report-T-1"));
        assertThat(store.get(lost.reportId()).published()).isTrue();
    }

    @Test
    void aFreshReportIsLeftToTheRequestThatIsPublishingIt() {
        record("T-3", NOW.minusSeconds(2), false);

        assertThat(relay.relay().block()).isZero();
        assertThat(broker.published).isEmpty();
    }

    @Test
    void whileTheBrokerRefusesNothingIsMarkedAndTheNextRunPublishes() {
        AcceptedReport lost = record("T-4", NOW.minusSeconds(60), false);
        broker.down = true;

        assertThatThrownBy(() -> relay.relay().block()).isInstanceOf(BrokerUnavailableException.class);
        assertThat(store.get(lost.reportId()).published()).isFalse();

        broker.down = false;
        assertThat(relay.relay().block()).isEqualTo(1);
        assertThat(store.get(lost.reportId()).published()).isTrue();
    }

    @Test
    void aRepeatIsRecordedUndecidedSoARelayRunningMeanwhileCannotPublishItAsAReportOfItsOwn() {
        GeoPoint spot = new GeoPoint(116.45, 39.90, Crs.GCJ02);
        AcceptedReport primary = AcceptedReport.accept(submission("T-6", spot), "report-T-6", "event-T-6",
                "trace-T-6", NOW.minusSeconds(600), null, null);
        store.put(InMemoryReportStore.asPublished(primary));
        // The request is slow (a busy machine) and the relay runs while it looks for the report it repeats.
        store.meanwhileNextLookUp(() -> relay.relay().block());
        ReportIntake intake = new ReportIntake(store, completion, Clock.fixed(NOW.minusSeconds(60), ZoneOffset.UTC),
                null, Mono::empty);

        ReportIntake.Submitted repeat = intake.submit(submission("T-7", spot), "trace-T-7").block();

        assertThat(repeat.duplicateOf()).isEqualTo("report-T-6");
        assertThat(broker.published).extracting(EventEnvelope::data)
                .noneMatch(event -> event instanceof ReportReceived)
                .singleElement().isInstanceOfSatisfying(ReporterRegistered.class,
                        reporter -> assertThat(reporter.primaryReportId()).isEqualTo("report-T-6"));
    }

    private AcceptedReport record(String ticket, Instant receivedAt, boolean published) {
        ReportSubmission submission = new ReportSubmission(Channel.HOTLINE_12319, ticket, "0101", "井盖破损", null,
                "朝阳区工体北路", null, null);
        AcceptedReport accepted = AcceptedReport.accept(submission, "report-" + ticket, "event-" + ticket,
                "trace-" + ticket, receivedAt, null, null);
        return store.put(published ? InMemoryReportStore.asPublished(accepted) : accepted);
    }

    private static ReportSubmission submission(String ticket, GeoPoint location) {
        return new ReportSubmission(Channel.HOTLINE_12319, ticket, "0101", "井盖破损", location, "朝阳区工体北路", null,
                null);
    }
}
