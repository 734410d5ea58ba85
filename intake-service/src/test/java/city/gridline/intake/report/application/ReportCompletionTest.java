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
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two reports of one problem filed at the same moment (重复上报): whichever of the two looks for the other first, and
 * whether or not the other is recorded by then, they make one case; a crash between the steps loses neither.
 */
class ReportCompletionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final GeoPoint SPOT = new GeoPoint(116.45, 39.90, Crs.GCJ02);
    private static final GeoPoint TEN_METRES_EAST = new GeoPoint(116.45012, 39.90, Crs.GCJ02);

    private final InMemoryReportStore store = new InMemoryReportStore();
    private final RecordingBroker broker = new RecordingBroker();
    private final ReportCompletion completion = new ReportCompletion(store, broker,
            new DuplicateRule(50, Duration.ofHours(1)));

    /**
     * The later report looks first and sees nothing; the earlier one, recorded only then, looks and sees the later
     * one undecided: it makes it follow itself. (Deciding before recording, both saw nothing and both became cases.)
     */
    @Test
    void anEarlierReportRecordedWhileALaterOneLooksMakesThatOneFollowIt() {
        store.meanwhileNextLookUp(() -> intakeAt(NOW.minusSeconds(1)).submit(submission("T-1", SPOT), "trace-1")
                .block());

        ReportIntake.Submitted later = intakeAt(NOW).submit(submission("T-2", TEN_METRES_EAST), "trace-2").block();

        String earlier = store.byTicket("T-1").reportId();
        assertThat(later.duplicateOf()).isEqualTo(earlier);
        assertThat(store.byTicket("T-1").duplicateOf()).isNull();
        assertOneCase(earlier, later.reportId());
    }

    /**
     * The earlier report looks first and sees nothing; the later one, recorded only then, sees the earlier one
     * undecided: it follows it, and learns its case as soon as it is decided.
     */
    @Test
    void aLaterReportRecordedWhileAnEarlierOneLooksFollowsItOnceItIsDecided() {
        CompletableFuture<ReportIntake.Submitted> later = new CompletableFuture<>();
        store.meanwhileNextLookUp(() -> intakeAt(NOW).submit(submission("T-4", TEN_METRES_EAST), "trace-4")
                .subscribe(later::complete, later::completeExceptionally));

        ReportIntake.Submitted earlier = intakeAt(NOW.minusSeconds(1)).submit(submission("T-3", SPOT), "trace-3")
                .block();

        assertThat(earlier.duplicateOf()).isNull();
        assertThat(later.join().duplicateOf()).isEqualTo(earlier.reportId());
        assertOneCase(earlier.reportId(), later.join().reportId());
    }

    @Test
    void reportsFarApartFiledAtTheSameMomentAreCasesOfTheirOwn() {
        GeoPoint twoHundredMetresNorth = new GeoPoint(116.45, 39.9018, Crs.GCJ02);
        store.meanwhileNextLookUp(() -> intakeAt(NOW.minusSeconds(1)).submit(submission("T-5", SPOT), "trace-5")
                .block());

        ReportIntake.Submitted later = intakeAt(NOW).submit(submission("T-6", twoHundredMetresNorth), "trace-6")
                .block();

        assertThat(later.duplicateOf()).isNull();
        assertThat(broker.published).extracting(EventEnvelope::data).filteredOn(ReportReceived.class::isInstance)
                .hasSize(2);
    }

    @Test
    void aReportRecordedUndecidedWhenIntakeDiedIsDecidedByTheRelayAsTheRequestWouldHave() {
        AcceptedReport open = store.put(InMemoryReportStore.asPublished(accepted("T-7", SPOT, NOW.minusSeconds(300))));
        AcceptedReport died = store.put(accepted("T-8", TEN_METRES_EAST, NOW.minusSeconds(60)).asUndecided());

        assertThat(relayAt(NOW).relay().block()).isEqualTo(1);

        assertThat(store.get(died.reportId()).duplicateOf()).isEqualTo(open.reportId());
        assertThat(broker.published).extracting(EventEnvelope::data).singleElement()
                .isInstanceOfSatisfying(ReporterRegistered.class,
                        reporter -> assertThat(reporter.primaryReportId()).isEqualTo(open.reportId()));
    }

    @Test
    void aReportFollowingOneWhoseRequestDiedGetsItsCaseOnceTheRelayDecidedThatOne() {
        AcceptedReport died = store.put(accepted("T-9", SPOT, NOW.minusSeconds(60)).asUndecided());
        AcceptedReport follower = store.put(accepted("T-10", TEN_METRES_EAST, NOW.minusSeconds(59))
                .following(died.reportId()));

        assertThat(relayAt(NOW).relay().block()).isEqualTo(2);

        assertThat(store.get(died.reportId()).duplicateOf()).isNull();
        assertThat(store.get(follower.reportId()).duplicateOf()).isEqualTo(died.reportId());
        assertOneCase(died.reportId(), follower.reportId());
    }

    @Test
    void aRequestWaitsForTheReportItFollowsOnlyAMomentAndLeavesTheRestToTheRelay() {
        AcceptedReport died = store.put(accepted("T-11", SPOT, NOW.minusSeconds(1)).asUndecided());

        assertThatThrownBy(() -> intakeAt(NOW).submit(submission("T-12", TEN_METRES_EAST), "trace-12").block())
                .isInstanceOf(RepeatUndecidedException.class);
        AcceptedReport recorded = store.byTicket("T-12");
        assertThat(recorded.follows()).isEqualTo(died.reportId());
        assertThat(recorded.published()).isFalse();
        assertThat(broker.published).isEmpty();

        assertThat(relayAt(NOW.plusSeconds(60)).relay().block()).isEqualTo(2);
        assertThat(store.get(recorded.reportId()).duplicateOf()).isEqualTo(died.reportId());
        assertOneCase(died.reportId(), recorded.reportId());
    }

    /** One {@code reports.received} (the primary's), and every reporter following the primary's case. */
    private void assertOneCase(String primary, String... repeats) {
        assertThat(broker.published).extracting(EventEnvelope::data).filteredOn(ReportReceived.class::isInstance)
                .extracting(event -> ((ReportReceived) event).reportId()).containsExactly(primary);
        List<ReporterRegistered> reporters = broker.published.stream().map(EventEnvelope::data)
                .filter(ReporterRegistered.class::isInstance).map(ReporterRegistered.class::cast).toList();
        assertThat(reporters).hasSize(repeats.length + 1)
                .allSatisfy(reporter -> assertThat(reporter.primaryReportId()).isEqualTo(primary));
    }

    private ReportIntake intakeAt(Instant now) {
        return new ReportIntake(store, completion, Clock.fixed(now, ZoneOffset.UTC), null, Mono::empty);
    }

    private ReportRelay relayAt(Instant now) {
        return new ReportRelay(store, completion, Clock.fixed(now, ZoneOffset.UTC), Duration.ofSeconds(10));
    }

    private static AcceptedReport accepted(String ticket, GeoPoint location, Instant receivedAt) {
        return AcceptedReport.accept(submission(ticket, location), "report-" + ticket, "event-" + ticket,
                "trace-" + ticket, receivedAt, null, null);
    }

    private static ReportSubmission submission(String ticket, GeoPoint location) {
        return new ReportSubmission(Channel.HOTLINE_12319, ticket, "0302", "垃圾桶满溢", location, "朝阳区工体北路", null,
                null);
    }
}
