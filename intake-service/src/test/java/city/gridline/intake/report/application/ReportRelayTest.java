package city.gridline.intake.report.application;

import city.gridline.contracts.Channel;
import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.GridlineEvent;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.contracts.event.ReporterRegistered;
import city.gridline.intake.report.domain.AcceptedReport;
import city.gridline.intake.report.domain.DuplicateRule;
import city.gridline.intake.report.domain.ReportProgress;
import city.gridline.intake.report.domain.ReportQuery;
import city.gridline.intake.report.domain.ReportSubmission;
import city.gridline.intake.report.domain.ReportView;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportRelayTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final RecordedReports store = new RecordedReports();
    private final FlakyBroker broker = new FlakyBroker();
    private final ReportRelay relay = new ReportRelay(store, broker, Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.ofSeconds(10));

    @Test
    void reportsTheBrokerNeverConfirmedArePublishedUnderTheirOwnEventIds() {
        AcceptedReport lost = store.record("T-1", NOW.minusSeconds(60), false);
        store.record("T-2", NOW.minusSeconds(60), true);

        assertThat(relay.relay().block()).isEqualTo(1);

        assertThat(broker.published).extracting(EventEnvelope::eventId)
                .containsExactly(lost.eventId(), EventEnvelope.derivedEventId(lost.eventId(), "reporter/report-T-1"));
        assertThat(store.reports.get(lost.reportId()).published()).isTrue();
    }

    @Test
    void aFreshReportIsLeftToTheRequestThatIsPublishingIt() {
        store.record("T-3", NOW.minusSeconds(2), false);

        assertThat(relay.relay().block()).isZero();
        assertThat(broker.published).isEmpty();
    }

    @Test
    void whileTheBrokerRefusesNothingIsMarkedAndTheNextRunPublishes() {
        AcceptedReport lost = store.record("T-4", NOW.minusSeconds(60), false);
        broker.down = true;

        assertThatThrownBy(() -> relay.relay().block()).isInstanceOf(BrokerUnavailableException.class);
        assertThat(store.reports.get(lost.reportId()).published()).isFalse();

        broker.down = false;
        assertThat(relay.relay().block()).isEqualTo(1);
        assertThat(store.reports.get(lost.reportId()).published()).isTrue();
    }

    @Test
    void aRepeatIsRecordedAlreadyLinkedSoARelayRunningMeanwhileCannotPublishItAsAReportOfItsOwn() {
        GeoPoint spot = new GeoPoint(116.45, 39.90, Crs.GCJ02);
        AcceptedReport primary = AcceptedReport.accept(submission("T-6", spot), "report-T-6", "event-T-6",
                "trace-T-6", NOW.minusSeconds(600), null, null);
        store.open.add(primary.report());
        // The request is slow (a busy machine) and the relay runs while it looks for the report it repeats.
        store.whileLookingForRepeats = () -> relay.relay().block();
        ReportIntake intake = new ReportIntake(store, broker, Clock.fixed(NOW.minusSeconds(60), ZoneOffset.UTC),
                new DuplicateRule(50, Duration.ofHours(1)), null, Mono::empty);

        ReportIntake.Submitted repeat = intake.submit(submission("T-7", spot), "trace-T-7").block();

        assertThat(repeat.duplicateOf()).isEqualTo("report-T-6");
        assertThat(broker.published).extracting(EventEnvelope::data)
                .noneMatch(event -> event instanceof ReportReceived)
                .singleElement().isInstanceOfSatisfying(ReporterRegistered.class,
                        reporter -> assertThat(reporter.primaryReportId()).isEqualTo("report-T-6"));
    }

    private static ReportSubmission submission(String ticket, GeoPoint location) {
        return new ReportSubmission(Channel.HOTLINE_12319, ticket, "0101", "井盖破损", location, "朝阳区工体北路", null,
                null);
    }

    private static final class FlakyBroker implements ReportPublisher {

        final List<EventEnvelope<?>> published = new ArrayList<>();
        boolean down;

        @Override
        public Mono<Void> publish(List<EventEnvelope<? extends GridlineEvent>> events) {
            if (down) {
                return Mono.error(new BrokerUnavailableException(null));
            }
            published.addAll(events);
            return Mono.empty();
        }
    }

    private static final class RecordedReports implements ReportStore {

        final Map<String, AcceptedReport> reports = new LinkedHashMap<>();
        final List<ReportReceived> open = new ArrayList<>();
        /** What happens meanwhile when a submission looks for the open report it may repeat. */
        Runnable whileLookingForRepeats = () -> { };

        AcceptedReport record(String ticket, Instant receivedAt, boolean published) {
            ReportSubmission submission = new ReportSubmission(Channel.HOTLINE_12319, ticket, "0101", "井盖破损", null,
                    "朝阳区工体北路", null, null);
            AcceptedReport accepted = AcceptedReport.accept(submission, "report-" + ticket, "event-" + ticket,
                    "trace-" + ticket, receivedAt, null, null);
            AcceptedReport stored = published ? asPublished(accepted) : accepted;
            reports.put(stored.reportId(), stored);
            return stored;
        }

        private static AcceptedReport asPublished(AcceptedReport r) {
            return new AcceptedReport(r.eventId(), r.traceId(), r.fingerprint(), true, r.report(), r.normalizations(),
                    r.source(), r.contact(), r.duplicateOf(), r.duplicateReason(), r.filedBy());
        }

        @Override
        public Mono<AcceptedReport> insertOrFindByTicket(AcceptedReport report) {
            return Mono.just(reports.computeIfAbsent(report.reportId(), id -> report));
        }

        @Override
        public Mono<Void> markPublished(String reportId) {
            return Mono.fromRunnable(() -> reports.computeIfPresent(reportId, (id, r) -> asPublished(r)));
        }

        @Override
        public Flux<AcceptedReport> unpublishedBefore(Instant before, int limit) {
            return Flux.fromStream(reports.values().stream()
                    .filter(r -> !r.published() && r.report().receivedAt().isBefore(before))
                    .sorted(Comparator.comparing(r -> r.report().receivedAt())).limit(limit).toList().stream());
        }

        @Override
        public Mono<ReportView> find(String reportId) {
            return Mono.empty();
        }

        @Override
        public Mono<AcceptedReport> findAccepted(String reportId) {
            return Mono.justOrEmpty(reports.get(reportId));
        }

        @Override
        public Flux<ReportReceived> openReportsNear(String categoryCode, GeoPoint point, double metres,
                                                    Instant since) {
            return Flux.defer(() -> {
                whileLookingForRepeats.run();
                return Flux.fromIterable(open);
            });
        }

        @Override
        public Mono<AcceptedReport> unlink(String reportId) {
            return Mono.empty();
        }

        @Override
        public Flux<String> duplicatesOf(String reportId) {
            return Flux.empty();
        }

        @Override
        public Flux<String> duplicatesReceivedAfter(String reportId, Instant instant) {
            return Flux.empty();
        }

        @Override
        public Flux<ReportView> search(ReportQuery query) {
            return Flux.empty();
        }

        @Override
        public Mono<Boolean> apply(ReportProgress progress) {
            return Mono.just(false);
        }

        @Override
        public Mono<Long> eraseEndedBetween(Instant from, Instant to) {
            return Mono.just(0L);
        }

        @Override
        public Mono<Long> eraseReceivedBetween(Instant from, Instant to) {
            return Mono.just(0L);
        }

        @Override
        public Mono<Instant> erasedUpTo() {
            return Mono.empty();
        }

        @Override
        public Mono<Void> markErasedUpTo(Instant upTo) {
            return Mono.empty();
        }
    }
}
