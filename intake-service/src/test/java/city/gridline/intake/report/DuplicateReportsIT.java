package city.gridline.intake.report;

import city.gridline.contracts.Channel;
import city.gridline.contracts.ContactSeal;
import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.Topics;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.contracts.event.ReporterRegistered;
import city.gridline.intake.report.adapter.mongo.MongoReportStore;
import city.gridline.intake.report.domain.AcceptedReport;
import city.gridline.intake.report.domain.ReportSubmission;
import city.gridline.testkit.ServiceIntegrationTest;
import city.gridline.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Repeats of one problem (重复上报): three reports of the same overflowing bin within 50 m and an hour become one
 * case with three reporters, each reachable for the outcome; an operator can unlink a wrong merge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gridline.intake.duplicates.enabled=true")
@AutoConfigureWebTestClient
class DuplicateReportsIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BIN = "0302";

    @Autowired
    WebTestClient http;

    @Autowired
    MongoReportStore store;

    @Value("${gridline.contact-key}")
    String contactKey;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());
    // A spot of its own, so that reports of other tests never count as repeats here.
    private final double lon = 116.42 + ThreadLocalRandom.current().nextDouble(0.08);
    private final double lat = 39.90 + ThreadLocalRandom.current().nextDouble(0.05);

    @Test
    void threeReportsOfOneOverflowingBinBecomeOneCaseWithThreeReporters() {
        String first = submit(BIN, lon, lat, "13800000001").path("reportId").asString();
        JsonNode second = submit(BIN, lon + 0.0002, lat, "13800000002");
        JsonNode third = submit(BIN, lon, lat + 0.0002, "13800000003");

        assertThat(second.path("duplicateOf").asString()).isEqualTo(first);
        assertThat(third.path("duplicateOf").asString()).isEqualTo(first);
        List<EventEnvelope<?>> received = topics.events(Topics.REPORTS_RECEIVED,
                e -> e.data() instanceof ReportReceived r && List.of(first, id(second), id(third))
                        .contains(r.reportId()), Duration.ofSeconds(2));
        assertThat(received).extracting(EventEnvelope::aggregateId).containsExactly(first);

        List<ReporterRegistered> reporters = reportersOf(first, 3);
        assertThat(reporters).extracting(ReporterRegistered::reportId)
                .containsExactlyInAnyOrder(first, id(second), id(third));
        ContactSeal seal = ContactSeal.withKey("k1", contactKey);
        assertThat(reporters).extracting(r -> seal.open(r.contact()))
                .containsExactlyInAnyOrder("13800000001", "13800000002", "13800000003");
        assertThat(reporters).extracting(r -> r.masked().phone()).allSatisfy(phone -> assertThat(phone)
                .matches("138\\*{4}000[1-3]"));

        JsonNode primary = status(first);
        List<String> duplicates = new ArrayList<>();
        primary.path("duplicates").forEach(duplicate -> duplicates.add(duplicate.asString()));
        assertThat(duplicates).containsExactlyInAnyOrder(id(second), id(third));
        JsonNode repeat = status(id(second));
        assertThat(repeat.path("duplicateOf").asString()).isEqualTo(first);
        assertThat(repeat.path("duplicateReason").asString()).contains("same category 0302");
    }

    @Test
    void anotherCategoryOrAPlaceFurtherAwayIsAReportOfItsOwn() {
        String first = submit(BIN, lon, lat, null).path("reportId").asString();

        JsonNode otherCategory = submit("0303", lon, lat, null);
        JsonNode further = submit(BIN, lon + 0.001, lat, null);

        assertThat(otherCategory.path("duplicateOf").asString(null)).isNull();
        assertThat(further.path("duplicateOf").asString(null)).isNull();
        assertThat(topics.events(Topics.REPORTS_RECEIVED, e -> e.data() instanceof ReportReceived r
                        && List.of(first, id(otherCategory), id(further)).contains(r.reportId()), Duration.ofSeconds(2)))
                .hasSize(3);
    }

    @Test
    void anOperatorUnlinksAWrongMergeAndTheReportGetsItsOwnCase() {
        String first = submit(BIN, lon, lat, null).path("reportId").asString();
        String second = id(submit(BIN, lon, lat, null));

        http.post().uri("/api/v1/reports/{id}/unlink", second).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.duplicateOf").doesNotExist();

        topics.awaitEvent(Topics.REPORTS_RECEIVED, e -> e.data() instanceof ReportReceived r
                && r.reportId().equals(second), WAIT).orElseThrow();
        assertThat(reportersOf(second, 1)).extracting(ReporterRegistered::primaryReportId).containsExactly(second);
        http.post().uri("/api/v1/reports/{id}/unlink", second).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/not-a-duplicate");
        http.post().uri("/api/v1/reports/{id}/unlink", first).exchange().expectStatus().isEqualTo(409);
    }

    /** Found in review: a repeat filed through Open311 stayed "open" there after the case it follows ended. */
    @Test
    void anOpen311RequestMergedAsARepeatIsClosedWhenTheRequestItRepeatsIs() {
        String first = open311(lat, lon);
        String repeat = open311(lat + 0.0001, lon);
        ReportReceived received = (ReportReceived) topics.awaitEvent(Topics.REPORTS_RECEIVED,
                        e -> e.data() instanceof ReportReceived r && first.equals(r.sourceTicketId()), WAIT)
                .orElseThrow().data();
        String transferred = new String(GoldenSamples.sample(EventTypes.CASE_TRANSFERRED), StandardCharsets.UTF_8)
                .replace("3f1c2a9e-5b7d-4c11-9a0e-2d6f8b1c7e41", received.reportId());

        topics.send(Topics.CASES_EVENTS, "261123-00042", transferred.getBytes(StandardCharsets.UTF_8), Map.of());

        await().atMost(WAIT).untilAsserted(() -> http.get().uri("/open311/v2/requests/{id}.json?api_key=it-key-1",
                        repeat).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].status").isEqualTo("closed")
                .jsonPath("$[0].status_notes").value(notes -> assertThat((String) notes)
                        .startsWith("TRANSFERRED; case 261123-00042")));
        http.get().uri("/open311/v2/requests.json?api_key=it-key-1&status=closed&service_code=pothole").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.service_request_id == '" + repeat + "')]").exists();
        http.get().uri("/open311/v2/requests.json?api_key=it-key-1&status=open&service_code=pothole").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.service_request_id == '" + repeat + "')]").doesNotExist();
    }

    /**
     * Found in review: a repeat that came while the closure of the case it follows was still on its way to intake
     * stayed linked to the closed case: no case of its own, and its reporter told at once that it was dealt with.
     */
    @Test
    void aRepeatReceivedAfterTheCaseItFollowsWasClosedGetsACaseOfItsOwn() {
        String first = id(submit(BIN, lon, lat, null));
        String before = id(submit(BIN, lon, lat, null));
        Instant closedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        await().until(() -> Instant.now().isAfter(closedAt));
        String after = id(submit(BIN, lon, lat, null));
        assertThat(status(after).path("duplicateOf").asString()).as("closure not known yet").isEqualTo(first);

        String closed = new String(GoldenSamples.sample(EventTypes.CASE_CLOSED), StandardCharsets.UTF_8)
                .replace("3f1c2a9e-5b7d-4c11-9a0e-2d6f8b1c7e41", first)
                .replace("2026-11-23T09:02:11.118Z", closedAt.toString());
        topics.send(Topics.CASES_EVENTS, "261123-00042", closed.getBytes(StandardCharsets.UTF_8), Map.of());

        topics.awaitEvent(Topics.REPORTS_RECEIVED, e -> e.data() instanceof ReportReceived r
                && r.reportId().equals(after), WAIT).orElseThrow();
        assertThat(status(after).path("duplicateOf").isMissingNode() || status(after).path("duplicateOf").isNull())
                .isTrue();
        assertThat(reportersOf(after, 1)).extracting(ReporterRegistered::reportId).containsExactly(after);
        assertThat(status(before).path("duplicateOf").asString()).as("came before the closure").isEqualTo(first);
    }

    /**
     * Found in review: reports of one problem filed at the same moment could each look for the other before it was
     * recorded, and all become cases.
     */
    @Test
    void reportsOfOneProblemFiledAtTheSameMomentMakeOneCase() {
        int reports = 12;
        List<JsonNode> accepted = Flux.range(0, reports).parallel(reports).runOn(Schedulers.boundedElastic())
                .map(i -> submitUntilAccepted(BIN, lon + (i % 3) * 0.00005, lat))
                .sequential().collectList().block();

        List<String> ids = accepted.stream().map(DuplicateReportsIT::id).toList();
        List<String> own = accepted.stream().filter(report -> report.path("duplicateOf").asString(null) == null)
                .map(DuplicateReportsIT::id).toList();
        assertThat(own).as("reports that stand for a case of their own").hasSize(1);
        assertThat(accepted).extracting(report -> report.path("duplicateOf").asString(own.get(0)))
                .containsOnly(own.get(0));
        assertThat(topics.events(Topics.REPORTS_RECEIVED, e -> e.data() instanceof ReportReceived r
                        && ids.contains(r.reportId()), Duration.ofSeconds(2)))
                .extracting(EventEnvelope::aggregateId).containsExactly(own.get(0));
        assertThat(reportersOf(own.get(0), reports)).extracting(ReporterRegistered::reportId)
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    /**
     * Found in review: the look-up read only the 200 newest open reports of the category across the city, so on a
     * busy day the report a new one repeats could be left out and the repeat became a second case.
     */
    @Test
    void aRepeatFindsTheReportItRepeatsHoweverManyReportsOfTheCategoryCameSinceElsewhere() {
        String first = id(submit(BIN, lon, lat, null));
        Instant since = Instant.now();
        // open reports of the category elsewhere, each a spot of its own (about 190 m apart), all newer than the first
        Flux.range(0, 250)
                .concatMap(i -> {
                    GeoPoint spot = new GeoPoint(114.0 + i * 0.002, 30.5, Crs.GCJ02);
                    ReportSubmission elsewhere = new ReportSubmission(Channel.HOTLINE_12319,
                            "busy-" + UUID.randomUUID(), BIN, "垃圾桶满溢", spot, null, null, null);
                    AcceptedReport accepted = AcceptedReport.accept(elsewhere, UUID.randomUUID().toString(),
                            UUID.randomUUID().toString(), "trace-busy", since.plusMillis(i), null, null);
                    return store.insertOrFindByTicket(accepted).then(store.markPublished(accepted.reportId()));
                })
                .blockLast();

        JsonNode repeat = submit(BIN, lon + 0.0002, lat, null);

        assertThat(repeat.path("duplicateOf").asString(null)).isEqualTo(first);
    }

    private String open311(double lat, double lon) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("api_key", "it-key-1");
        form.add("service_code", "pothole");
        form.add("lat", String.valueOf(lat));
        form.add("long", String.valueOf(lon));
        form.add("description", "路面坑洞");
        byte[] created = http.post().uri("/open311/v2/requests.json")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form)).exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody();
        return JSON.readTree(created).get(0).path("service_request_id").asString();
    }

    private List<ReporterRegistered> reportersOf(String primary, int expected) {
        topics.awaitEvent(Topics.REPORTS_REPORTERS, e -> e.data() instanceof ReporterRegistered r
                && r.primaryReportId().equals(primary), WAIT).orElseThrow();
        List<ReporterRegistered> reporters = topics.events(Topics.REPORTS_REPORTERS,
                        e -> e.data() instanceof ReporterRegistered r && r.primaryReportId().equals(primary),
                        Duration.ofSeconds(2))
                .stream().map(e -> (ReporterRegistered) e.data()).toList();
        assertThat(reporters).hasSize(expected);
        return reporters;
    }

    private JsonNode submit(String category, double lon, double lat, String phone) {
        byte[] response = http.post().uri("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body(category, lon, lat, phone))
                .exchange().expectStatus().isAccepted().expectBody().returnResult().getResponseBody();
        return JSON.readTree(response);
    }

    /**
     * As a client does: a 503 {@code repeat-undecided} (a report filed at the same moment is still being decided, and
     * the machine is slow) is sent again, same ticket, until accepted.
     */
    private JsonNode submitUntilAccepted(String category, double lon, double lat) {
        String body = body(category, lon, lat, null);
        for (int attempt = 1; ; attempt++) {
            EntityExchangeResult<byte[]> answer = http.post().uri("/api/v1/reports")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectBody().returnResult();
            if (answer.getStatus().value() != 503 || attempt == 20) {
                assertThat(answer.getStatus().value()).as(new String(answer.getResponseBodyContent() == null
                        ? new byte[0] : answer.getResponseBodyContent(), StandardCharsets.UTF_8)).isEqualTo(202);
                return JSON.readTree(answer.getResponseBody());
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
    }

    private static String body(String category, double lon, double lat, String phone) {
        String reporter = phone == null ? "" : ", \"reporter\": {\"name\": \"王五\", \"phone\": \"" + phone + "\"}";
        return """
                {"channel": "12319", "sourceTicketId": "12319-dup-%s", "categoryCode": "%s", "description": "垃圾桶满溢",
                 "location": {"lon": %s, "lat": %s, "crs": "GCJ02"}%s}""".formatted(UUID.randomUUID(), category, lon,
                lat, reporter);
    }

    private JsonNode status(String reportId) {
        return JSON.readTree(http.get().uri("/api/v1/reports/{id}", reportId).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());
    }

    private static String id(JsonNode accepted) {
        return accepted.path("reportId").asString();
    }
}
