package city.gridline.intake.report.application;

import city.gridline.contracts.Channel;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.GridlineEvent;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.intake.report.domain.AcceptedReport;
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

        AcceptedReport record(String ticket, Instant receivedAt, boolean published) {
            ReportSubmission submission = new ReportSubmission(Channel.HOTLINE_12319, ticket, "0101", "井盖破损", null,
                    "朝阳区工体北路", null, null);
            AcceptedReport accepted = AcceptedReport.accept(submission, "report-" + ticket, "event-" + ticket,
                    "trace-" + ticket, receivedAt, null);
            AcceptedReport stored = published ? asPublished(accepted) : accepted;
            reports.put(stored.reportId(), stored);
            return stored;
        }

        private static AcceptedReport asPublished(AcceptedReport r) {
            return new AcceptedReport(r.eventId(), r.traceId(), r.fingerprint(), true, r.report(), r.normalizations(),
                    r.source(), r.contact(), r.duplicateOf(), r.duplicateReason());
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
        public Flux<ReportReceived> openReports(String categoryCode, Instant since, int limit) {
            return Flux.empty();
        }

        @Override
        public Mono<AcceptedReport> link(AcceptedReport duplicate) {
            return Mono.empty();
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
        public Flux<ReportView> search(ReportQuery query) {
            return Flux.empty();
        }

        @Override
        public Mono<Boolean> apply(ReportProgress progress) {
            return Mono.just(false);
        }
    }
}
