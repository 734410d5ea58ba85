package city.gridline.dispatch.cases;

import city.gridline.contracts.Topics;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.dispatch.cases.adapter.mongo.OpenCaseGauges;
import city.gridline.testkit.ServiceIntegrationTest;
import city.gridline.testkit.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gridline.dispatch.gauge-refresh=500ms")
@AutoConfigureWebTestClient
class CaseOpeningIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;

    @Autowired
    ReactiveMongoTemplate mongo;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());

    @Test
    void locatedReportBecomesACaseDispatchedToTheResidentTeam() {
        String reportId = UUID.randomUUID().toString();

        topics.send(Topics.REPORTS_LOCATED, reportId,
                LocatedReportFixture.aLocatedReportOutsideZonesPayload(reportId, UUID.randomUUID().toString()), Map.of());

        EventEnvelope<?> dispatched = topics.awaitEvent(Topics.CASES_EVENTS,
                e -> e.data() instanceof CaseDispatched d && d.reportId().equals(reportId), WAIT).orElseThrow();
        CaseDispatched event = (CaseDispatched) dispatched.data();
        assertThat(event.caseNumber()).matches("[0-9]{6}-[0-9]{5,}");
        assertThat(event.team().name()).isEqualTo("南郎家园综合执法组");
        assertThat(dispatched.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");

        http.get().uri("/api/v1/cases/{number}", event.caseNumber()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("DISPATCHED")
                .jsonPath("$.reportId").isEqualTo(reportId)
                .jsonPath("$.cell.code").isEqualTo("110105001024001")
                .jsonPath("$.history.length()").isEqualTo(2);
    }

    @Test
    void reportInASpecialZoneGoesToTheZonesTeam() {
        String reportId = UUID.randomUUID().toString();

        publishLocated(reportId, UUID.randomUUID().toString());

        CaseDispatched event = (CaseDispatched) topics.awaitEvent(Topics.CASES_EVENTS,
                e -> e.data() instanceof CaseDispatched d && d.reportId().equals(reportId), WAIT).orElseThrow().data();
        assertThat(event.team().id()).isEqualTo("ZT-CBD");
        assertThat(event.reason()).isEqualTo("special zone CBD (ZONE-CBD)");
    }

    /** A person placed it on grid's triage list: its located event follows the unlocatable one on the same key. */
    @Test
    void aReportLocatedAfterItWasUnlocatableBecomesACase() {
        String reportId = UUID.randomUUID().toString();

        topics.send(Topics.REPORTS_LOCATED, reportId,
                LocatedReportFixture.anUnlocatableReportPayload(reportId, UUID.randomUUID().toString()), Map.of());
        byte[] placedByHand = LocatedReportFixture.aLocatedReportOutsideZonesPayload(reportId,
                UUID.randomUUID().toString());
        topics.send(Topics.REPORTS_LOCATED, reportId, placedByHand, Map.of());

        CaseDispatched event = (CaseDispatched) topics.awaitEvent(Topics.CASES_EVENTS,
                e -> e.data() instanceof CaseDispatched d && d.reportId().equals(reportId), WAIT).orElseThrow().data();
        assertThat(event.team().name()).isEqualTo("南郎家园综合执法组");
    }

    @Test
    void redeliveredLocatedReportOpensNoSecondCaseAndPublishesNothingNew() {
        String reportId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();

        publishLocated(reportId, eventId);
        topics.awaitEvent(Topics.CASES_EVENTS,
                e -> e.data() instanceof CaseDispatched d && d.reportId().equals(reportId), WAIT).orElseThrow();
        publishLocated(reportId, eventId);

        // A marker report on the same key, so on the same partition: once it is dispatched, so is the redelivery.
        String marker = UUID.randomUUID().toString();
        topics.send(Topics.REPORTS_LOCATED, reportId,
                LocatedReportFixture.aLocatedReportPayload(marker, UUID.randomUUID().toString()), Map.of());
        topics.awaitEvent(Topics.CASES_EVENTS,
                e -> e.data() instanceof CaseDispatched d && d.reportId().equals(marker), WAIT).orElseThrow();

        List<EventEnvelope<?>> events = topics.events(Topics.CASES_EVENTS,
                e -> ((CaseEvent) e.data()).reportId().equals(reportId), Duration.ofSeconds(1));
        assertThat(events.stream().map(EventEnvelope::eventId).distinct()).hasSize(2);
        assertThat(events.stream().map(e -> ((CaseEvent) e.data()).caseNumber()).distinct()).hasSize(1);
    }

    @Test
    void dispatchedCasesShowInTheMetrics() {
        String reportId = UUID.randomUUID().toString();
        publishLocated(reportId, UUID.randomUUID().toString());
        topics.awaitEvent(Topics.CASES_EVENTS,
                e -> e.data() instanceof CaseDispatched d && d.reportId().equals(reportId), WAIT).orElseThrow();

        await().atMost(WAIT).untilAsserted(() -> assertThat(prometheus())
                .contains("gridline_cases_dispatched_total{", "team=\"CBD特殊地区执法队\"")
                .contains("gridline_pipeline_latency_seconds_bucket{", "stage=\"dispatched\"")
                .contains("gridline_cases_open{", "street=\"建外街道\"")
                .contains("gridline_cases_open_by_cell{", "cell=\"110105001024001\""));
    }

    /**
     * Found in review: a place and team's dispatch counter appeared at 1 with its first dispatch on an instance, which
     * rate() on the dashboards does not count — after every start, on every instance.
     */
    @Test
    void aStartingInstanceCountsDispatchesFromZeroWhereCasesAreOpen() {
        String reportId = UUID.randomUUID().toString();
        topics.send(Topics.REPORTS_LOCATED, reportId, LocatedReportFixture.aLocatedReportOutsideZonesPayload(reportId,
                UUID.randomUUID().toString()), Map.of());
        topics.awaitEvent(Topics.CASES_EVENTS,
                e -> e.data() instanceof CaseDispatched d && d.reportId().equals(reportId), WAIT).orElseThrow();
        MeterRegistry startingInstance = new SimpleMeterRegistry();

        new OpenCaseGauges(mongo, startingInstance).refresh();

        assertThat(startingInstance.find("gridline.cases.dispatched").tag("street", "建外街道")
                .tag("team", "南郎家园综合执法组").counter()).isNotNull()
                .satisfies(counter -> assertThat(counter.count()).isZero());
    }

    @Test
    void unknownCaseIsAProblem404() {
        http.get().uri("/api/v1/cases/{number}", "000000-00000").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/case-not-found");
    }

    private String prometheus() {
        return http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private void publishLocated(String reportId, String eventId) {
        topics.send(Topics.REPORTS_LOCATED, reportId, LocatedReportFixture.aLocatedReportPayload(reportId, eventId),
                Map.of("ce_type", "gridline.report.located.v1".getBytes(StandardCharsets.UTF_8)));
    }
}
