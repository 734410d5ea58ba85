package city.gridline.intake.report;

import city.gridline.contracts.Topics;
import city.gridline.contracts.event.CloudEventHeaders;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.EventType;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.intake.report.adapter.mongo.MongoReportStore;
import city.gridline.testkit.ServiceIntegrationTest;
import city.gridline.testkit.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ReportIntakeIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;

    @Autowired
    MeterRegistry meters;

    @Autowired
    MongoReportStore reports;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());
    private final EventCodec codec = new EventCodec();

    @Test
    void acceptedReportIsPublishedOnceWithMaskedContactAndCloudEventHeaders() {
        String ticket = ReportRequestFixture.aTicketId();

        String reportId = submit(ReportRequestFixture.aReport(ticket));

        ConsumerRecord<String, byte[]> record = topics.awaitRecord(Topics.REPORTS_RECEIVED,
                r -> reportId.equals(r.key()), WAIT).orElseThrow();
        EventEnvelope<?> event = codec.decode(record.value());
        ReportReceived received = (ReportReceived) event.data();
        assertThat(received.sourceTicketId()).isEqualTo(ticket);
        assertThat(received.reporter().phone()).isEqualTo("138****5678");
        assertThat(received.reporter().name()).isEqualTo("张**");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("13812345678", "张三丰");
        assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo("gridline.report.received.v1");
        assertThat(TopicProbe.header(record, CloudEventHeaders.ID)).isEqualTo(event.eventId());
        assertThat(TopicProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(reportId);
    }

    @Test
    void textIsNormalizedAndMaskedBeforeItIsPublishedAndTheReportSaysWhatWasDone() {
        String ticket = ReportRequestFixture.aTicketId();

        String reportId = submit(ReportRequestFixture.aReport(ticket, "井盖破损，　　请回电１３８１２３４５６７８"));

        ReportReceived received = (ReportReceived) topics.awaitEvent(Topics.REPORTS_RECEIVED,
                e -> e.aggregateId().equals(reportId), WAIT).orElseThrow().data();
        assertThat(received.description()).isEqualTo("井盖破损, 请回电138****5678");
        http.get().uri("/api/v1/reports/{id}", reportId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.normalizations").isEqualTo(List.of("NFKC", "WHITESPACE", "PHONE_MASKED"));
    }

    @Test
    void sameTicketFiledTwiceIsOneReport() {
        String ticket = ReportRequestFixture.aTicketId();
        String first = submit(ReportRequestFixture.aReport(ticket));

        http.post().uri("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ReportRequestFixture.aReport(ticket))
                .exchange()
                .expectStatus().isAccepted()
                .expectBody()
                .jsonPath("$.reportId").isEqualTo(first)
                .jsonPath("$.replay").isEqualTo(true);

        List<EventEnvelope<?>> published = topics.events(Topics.REPORTS_RECEIVED,
                e -> e.aggregateId().equals(first), Duration.ofSeconds(2));
        assertThat(published).hasSize(1);
    }

    @Test
    void ticketReusedForOtherContentIsAConflict() {
        String ticket = ReportRequestFixture.aTicketId();
        String first = submit(ReportRequestFixture.aReport(ticket));

        http.post().uri("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ReportRequestFixture.aReport(ticket, "另一件事"))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gridline.city/problems/ticket-conflict")
                .jsonPath("$.reportId").isEqualTo(first);
    }

    @Test
    void statusFollowsLaterEventsInWhateverOrderTheyArrive() {
        String reportId = submit(ReportRequestFixture.aReport(ReportRequestFixture.aTicketId()));

        publishSample(EventTypes.CASE_DISPATCHED, reportId);
        publishSample(EventTypes.REPORT_LOCATED, reportId);
        publishSample(EventTypes.CASE_OPENED, reportId);

        awaitStatus(reportId, "DISPATCHED");
        http.get().uri("/api/v1/reports/{id}", reportId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("DISPATCHED")
                .jsonPath("$.caseNumber").isEqualTo("261123-00042")
                .jsonPath("$.cell.code").isEqualTo("110105001024001")
                .jsonPath("$.cell.street").isEqualTo("建外街道")
                .jsonPath("$.cell.community").isEqualTo("南郎家园社区居委会")
                .jsonPath("$.cell.district").isEqualTo("朝阳区")
                .jsonPath("$.team.name").isEqualTo("南郎家园综合执法组");
    }

    @Test
    void aCaseIsFollowedStepByStepToItsCloseWithTheTextTheCitizenHears() {
        String ticket = ReportRequestFixture.aTicketId();
        String reportId = submit(ReportRequestFixture.aReport(ticket));

        publishSample(EventTypes.REPORT_LOCATED, reportId);
        publishSample(EventTypes.CASE_OPENED, reportId);
        publishSample(EventTypes.CASE_DISPATCHED, reportId);
        awaitStatus(reportId, "DISPATCHED");
        http.get().uri("/api/v1/reports/{id}", reportId).exchange()
                .expectBody().jsonPath("$.statusText").isEqualTo("已立案，已派遣南郎家园综合执法组处理");

        publishSample(EventTypes.CASE_ACCEPTED, reportId);
        publishSample(EventTypes.CASE_RETURNED, reportId);
        awaitStatus(reportId, "RETURNED");
        publishSample(EventTypes.CASE_DISPATCHED, reportId);
        publishSample(EventTypes.CASE_ACCEPTED, reportId);
        publishSample(EventTypes.CASE_CHASED, reportId);
        awaitStatus(reportId, "IN_PROGRESS");
        http.get().uri("/api/v1/reports/{id}", reportId).exchange()
                .expectBody().jsonPath("$.statusText").isEqualTo("已立案，正在处理");

        publishSample(EventTypes.CASE_RESOLVED, reportId);
        publishSample(EventTypes.CASE_VERIFIED, reportId);
        publishSample(EventTypes.CASE_CLOSED, reportId);
        awaitStatus(reportId, "CLOSED");
        http.get().uri(uri -> uri.path("/api/v1/reports").queryParam("channel", "12319")
                        .queryParam("sourceTicketId", ticket).build())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.reportId").isEqualTo(reportId)
                .jsonPath("$.status").isEqualTo("CLOSED")
                .jsonPath("$.statusText").isEqualTo("已办结")
                .jsonPath("$.caseNumber").isEqualTo("261123-00042");
        for (String stage : List.of("accepted", "resolved", "closed")) {
            assertThat(meters.find("gridline.pipeline.latency").tag("stage", stage).timer())
                    .as("latency to %s", stage).isNotNull()
                    .satisfies(timer -> assertThat(timer.count()).isPositive());
        }
    }

    @Test
    void aStepOfTheCasePublishedAgainOnItsOwnLaterDoesNotMoveTheStatusBack() {
        String reportId = submit(ReportRequestFixture.aReport(ReportRequestFixture.aTicketId()));
        publishSample(EventTypes.CASE_OPENED, reportId);
        publishSample(EventTypes.CASE_DISPATCHED, reportId);
        publishSample(EventTypes.CASE_ACCEPTED, reportId);
        awaitStatus(reportId, "IN_PROGRESS");

        // a restored dispatch's outbox publishes the hand-back of an hour ago again, alone
        publishSample(EventTypes.CASE_RETURNED, reportId, Instant.now().minus(Duration.ofHours(1)));
        // the sample's case (one key, one partition): once this other report is resolved, the old event was read
        String marker = submit(ReportRequestFixture.aReport(ReportRequestFixture.aTicketId()));
        publishSample(EventTypes.CASE_RESOLVED, marker);
        awaitStatus(marker, "RESOLVED");

        http.get().uri("/api/v1/reports/{id}", reportId).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("IN_PROGRESS");
    }

    /**
     * Found in review: a re-dispatch restarted intake's handling clock, so the completion the citizen was told moved
     * later than the deadline, which runs from the first dispatch.
     */
    @Test
    void aReDispatchKeepsTheHandlingClockOfTheFirstDispatch() {
        String reportId = submit(ReportRequestFixture.aReport(ReportRequestFixture.aTicketId()));
        publishSample(EventTypes.CASE_OPENED, reportId);
        publishSample(EventTypes.CASE_DISPATCHED, reportId);
        awaitStatus(reportId, "DISPATCHED");

        publishSample(EventTypes.CASE_DISPATCHED, reportId, Instant.now(),
                sample -> sample.replace("2026-11-23T08:15:30.251Z", "2026-11-23T11:15:30.251Z"));
        // the same case, one partition: once the signature is recorded, the re-dispatch before it was read
        publishSample(EventTypes.CASE_ACCEPTED, reportId);
        awaitStatus(reportId, "IN_PROGRESS");

        assertThat(reports.find(reportId).block().handling().since())
                .isEqualTo(Instant.parse("2026-11-23T08:15:30.251Z"));
    }

    @Test
    void aTransferredCaseNamesTheDepartmentItWentTo() {
        String reportId = submit(ReportRequestFixture.aReport(ReportRequestFixture.aTicketId()));

        publishSample(EventTypes.CASE_OPENED, reportId);
        publishSample(EventTypes.CASE_TRANSFERRED, reportId);

        awaitStatus(reportId, "TRANSFERRED");
        http.get().uri("/api/v1/reports/{id}", reportId).exchange()
                .expectBody()
                .jsonPath("$.department").isEqualTo("公安交通管理部门")
                .jsonPath("$.statusText").isEqualTo("不属于城市管理职责，已转交公安交通管理部门");
    }

    @Test
    void lookingUpAnUnknownTicketIsA404AndAnUnknownChannelA400() {
        http.get().uri("/api/v1/reports?channel=12345&sourceTicketId=BJ12345-NONE").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/report-not-found");
        http.get().uri("/api/v1/reports?channel=999&sourceTicketId=x").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/malformed-request");
    }

    @Test
    void unlocatableReportShowsTheReason() {
        String reportId = submit(ReportRequestFixture.aReport(ReportRequestFixture.aTicketId()));

        publishSample(EventTypes.REPORT_UNLOCATABLE, reportId);

        awaitStatus(reportId, "UNLOCATABLE");
        http.get().uri("/api/v1/reports/{id}", reportId).exchange()
                .expectBody()
                .jsonPath("$.reason").value(reason -> assertThat((String) reason).contains("outside"))
                .jsonPath("$.statusText").isEqualTo("已受理，但问题位置不在本区管辖范围内，未能立案");
    }

    @Test
    void aReportGridCouldNotPlaceIsNotToldItIsOutsideTheDistrict() {
        String reportId = submit(ReportRequestFixture.aReport(ReportRequestFixture.aTicketId()));

        publishSample(EventTypes.REPORT_UNLOCATABLE, reportId, Instant.now(),
                sample -> sample.replace("\"OUTSIDE_SERVICE_AREA\"", "\"NO_LAYER_IN_FORCE\""));

        awaitStatus(reportId, "UNLOCATABLE");
        http.get().uri("/api/v1/reports/{id}", reportId).exchange()
                .expectBody().jsonPath("$.statusText").isEqualTo("已受理，问题位置待工作人员人工核实");
    }

    /** A person placed it on grid's triage list: the located event follows the unlocatable one, then the case. */
    @Test
    void aReportGridCouldNotPlaceMovesOnOnceAPersonPlacesIt() {
        String reportId = submit(ReportRequestFixture.aReport(ReportRequestFixture.aTicketId()));
        publishSample(EventTypes.REPORT_UNLOCATABLE, reportId, Instant.now().minusSeconds(60),
                sample -> sample.replace("\"OUTSIDE_SERVICE_AREA\"", "\"ADDRESS_NOT_RESOLVED\""));
        awaitStatus(reportId, "UNLOCATABLE");

        publishSample(EventTypes.REPORT_LOCATED, reportId);

        awaitStatus(reportId, "LOCATED");
        http.get().uri("/api/v1/reports/{id}", reportId).exchange()
                .expectBody()
                .jsonPath("$.statusText").isEqualTo("已受理，正在立案")
                .jsonPath("$.cell.code").isEqualTo("110105001024001");
        publishSample(EventTypes.CASE_OPENED, reportId);
        awaitStatus(reportId, "OPENED");
    }

    @Test
    void poisonMessageIsDeadLetteredAndDoesNotBlockItsPartition() {
        String reportId = submit(ReportRequestFixture.aReport(ReportRequestFixture.aTicketId()));

        topics.send(Topics.REPORTS_LOCATED, reportId, "{not an event".getBytes(StandardCharsets.UTF_8), Map.of());
        publishSample(EventTypes.REPORT_LOCATED, reportId);

        awaitStatus(reportId, "LOCATED");
        ConsumerRecord<String, byte[]> dead = topics.awaitRecord(
                Topics.deadLetter(Topics.REPORTS_LOCATED, "intake"), r -> reportId.equals(r.key()), WAIT).orElseThrow();
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not an event");
        assertThat(TopicProbe.header(dead, "x-exception-message")).isNotBlank();
    }

    @Test
    void unknownReportIsAProblem404() {
        http.get().uri("/api/v1/reports/{id}", "no-such-report").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/report-not-found");
    }

    private String submit(String body) {
        return http.post().uri("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isAccepted()
                .expectBody(Accepted.class)
                .returnResult().getResponseBody().reportId();
    }

    /** The event's golden sample for the report, happening now, as the services publish their steps. */
    private void publishSample(EventType<?> type, String reportId) {
        publishSample(type, reportId, Instant.now());
    }

    private void publishSample(EventType<?> type, String reportId, Instant occurredAt) {
        publishSample(type, reportId, occurredAt, UnaryOperator.identity());
    }

    private void publishSample(EventType<?> type, String reportId, Instant occurredAt, UnaryOperator<String> edit) {
        String sample = edit.apply(new String(GoldenSamples.sample(type), StandardCharsets.UTF_8)
                .replace("3f1c2a9e-5b7d-4c11-9a0e-2d6f8b1c7e41", reportId));
        EventEnvelope<?> event = codec.decode(sample.getBytes(StandardCharsets.UTF_8));
        String happening = sample.replaceFirst("\"occurredAt\"\\s*:\\s*\"[^\"]+\"",
                "\"occurredAt\": \"" + occurredAt + "\"");
        topics.send(type.topic(), event.aggregateId(), happening.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private void awaitStatus(String reportId, String status) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(http.get().uri("/api/v1/reports/{id}", reportId)
                .exchange().expectBody(Status.class).returnResult().getResponseBody().status()).isEqualTo(status));
    }

    record Accepted(String reportId, String status, boolean replay) {
    }

    record Status(String reportId, String status) {
    }
}
