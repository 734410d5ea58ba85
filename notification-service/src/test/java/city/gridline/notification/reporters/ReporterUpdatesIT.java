package city.gridline.notification.reporters;

import city.gridline.contracts.AdminUnit;
import city.gridline.contracts.CellRef;
import city.gridline.contracts.Channel;
import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.MaskedContact;
import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.Topics;
import city.gridline.contracts.Urgency;
import city.gridline.contracts.event.CaseClosed;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseMerged;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.CaseReopened;
import city.gridline.contracts.event.CaseTransferred;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.GridlineEvent;
import city.gridline.contracts.event.ReporterRegistered;
import city.gridline.notification.CaseEventsFixture;
import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every reporter of a case — the one who filed it and the one whose repeat intake merged into it — is texted when
 * the case is filed, transferred and closed, at the number intake sealed; a reporter registered after the filing
 * is told it was filed; nothing is told twice.
 */
class ReporterUpdatesIT extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final CellRef CELL = new CellRef("110105001024001", new AdminUnit("110105001024", "南郎家园社区居委会"),
            new AdminUnit("110105001", "建外街道"), new AdminUnit("110105", "朝阳区"));

    @Autowired
    WebTestClient http;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());
    private final EventCodec codec = new EventCodec();

    @Test
    void everyReporterOfACaseHearsItWasFiledAndClosed() {
        String report = UUID.randomUUID().toString();
        String repeat = UUID.randomUUID().toString();
        String late = UUID.randomUUID().toString();
        String caseNumber = CaseEventsFixture.aCaseNumber();
        register(report, report, "13900001111");
        register(repeat, report, "13900002222");

        open(caseNumber, report);
        dispatch(caseNumber, report);

        await().atMost(WAIT).untilAsserted(() -> assertThat(textsTo("13900001111"))
                .anySatisfy(text -> assertThat(text).contains("已立案", caseNumber, "前处理")));
        await().atMost(WAIT).untilAsserted(() -> assertThat(textsTo("13900002222"))
                .anySatisfy(text -> assertThat(text).contains("已立案", caseNumber)));

        register(late, report, "13900003333");
        await().atMost(WAIT).untilAsserted(() -> assertThat(textsTo("13900003333"))
                .anySatisfy(text -> assertThat(text).contains("已立案", caseNumber)));

        publish(new CaseClosed(caseNumber, report, "verified on site", "member:zhao", Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> {
            for (String phone : List.of("13900001111", "13900002222", "13900003333")) {
                assertThat(textsTo(phone)).filteredOn(text -> text.contains("已处理完毕") && text.contains(caseNumber))
                        .hasSize(1);
            }
        });
        dispatch(caseNumber, report);
        http.get().uri("/api/v1/notifications?caseNumber={n}", caseNumber).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.notifications[?(@.recipient.kind == 'CITIZEN')].recipient.address")
                .value(addresses -> assertThat((List<?>) addresses).hasSize(6).allMatch("(sealed)"::equals));
    }

    @Test
    void aReporterHearsTheirCaseWasReopenedWithItsNewDeadlineAndClosedAgain() {
        String report = UUID.randomUUID().toString();
        String caseNumber = CaseEventsFixture.aCaseNumber();
        register(report, report, "13900005555");
        open(caseNumber, report);
        dispatch(caseNumber, report);
        // the two topics arrive in any order: told of the filing, the reporter is known before the case goes on
        await().atMost(WAIT).untilAsserted(() -> assertThat(textsTo("13900005555"))
                .anySatisfy(text -> assertThat(text).contains("已立案", caseNumber)));
        Instant firstClosure = Instant.now();
        publish(new CaseClosed(caseNumber, report, "verified on site", "member:zhao", firstClosure));
        publish(new CaseReopened(caseNumber, report, new TeamRef("T110105999999", "无电话的执法组"),
                TimeLimit.hours(24), "回访不满意（12345-op-017）：井盖仍然松动", UUID.randomUUID().toString(),
                "system:dispatch-service", firstClosure.plusSeconds(60)));
        publish(new CaseClosed(caseNumber, report, "verified on site", "member:zhao", firstClosure.plusSeconds(120)));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(textsTo("13900005555")).filteredOn(text -> text.contains("经回访已重新交办"))
                    .singleElement().satisfies(text -> assertThat(text).contains(caseNumber, "前处理"));
            assertThat(textsTo("13900005555")).filteredOn(text -> text.contains("已处理完毕")).hasSize(2);
        });
    }

    @Test
    void aReporterOfATransferredMatterHearsWhereItWent() {
        String report = UUID.randomUUID().toString();
        String caseNumber = CaseEventsFixture.aCaseNumber();
        register(report, report, "13900004444");

        open(caseNumber, report);
        publish(new CaseTransferred(caseNumber, report, "200503", "公安交通管理部门",
                "违法停车 is outside comprehensive enforcement", "system:dispatch-service", Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> assertThat(textsTo("13900004444"))
                .anySatisfy(text -> assertThat(text).contains("已转交公安交通管理部门", caseNumber)));
        assertThat(textsTo("13900004444")).noneMatch(text -> text.contains("已立案"));
    }

    /** Found in review: a reporter registered after the transfer or the closure only ever heard "filed", or nothing. */
    @Test
    void aReporterRegisteredAfterTheTransferOrTheClosureHearsIt() {
        String transferredReport = UUID.randomUUID().toString();
        String closedReport = UUID.randomUUID().toString();
        String transferred = CaseEventsFixture.aCaseNumber();
        String closed = CaseEventsFixture.aCaseNumber();
        register(transferredReport, transferredReport, "13900008881");
        register(closedReport, closedReport, "13900008882");
        open(transferred, transferredReport);
        publish(new CaseTransferred(transferred, transferredReport, "200503", "公安交通管理部门",
                "违法停车 is outside comprehensive enforcement", "system:dispatch-service", Instant.now()));
        open(closed, closedReport);
        dispatch(closed, closedReport);
        publish(new CaseClosed(closed, closedReport, "verified on site", "member:zhao", Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(textsTo("13900008881")).anySatisfy(text -> assertThat(text).contains("已转交", transferred));
            assertThat(textsTo("13900008882")).anySatisfy(text -> assertThat(text).contains("已处理完毕", closed));
        });

        register(UUID.randomUUID().toString(), transferredReport, "13900008883");
        register(UUID.randomUUID().toString(), closedReport, "13900008884");

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(textsTo("13900008883")).singleElement()
                    .satisfies(text -> assertThat(text).contains("已转交公安交通管理部门", transferred));
            assertThat(textsTo("13900008884")).singleElement()
                    .satisfies(text -> assertThat(text).contains("已处理完毕", closed));
        });
    }

    /** Found in review: the reporters of a case merged into another heard nothing more of their problem. */
    @Test
    void theReportersOfAMergedCaseAreToldAndHearTheOtherCasesClosure() {
        String mergedReport = UUID.randomUUID().toString();
        String keptReport = UUID.randomUUID().toString();
        String merged = CaseEventsFixture.aCaseNumber();
        String kept = CaseEventsFixture.aCaseNumber();
        register(mergedReport, mergedReport, "13900006666");
        register(keptReport, keptReport, "13900007777");
        open(kept, keptReport);
        dispatch(kept, keptReport);
        open(merged, mergedReport);
        dispatch(merged, mergedReport);
        // both cases known here, as they are by the time a person merges one into the other
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(textsTo("13900006666")).anySatisfy(text -> assertThat(text).contains("已立案", merged));
            assertThat(textsTo("13900007777")).anySatisfy(text -> assertThat(text).contains("已立案", kept));
        });

        publish(new CaseMerged(merged, mergedReport, kept, "同一处占道经营", "member:command", Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(textsTo("13900006666"))
                .anySatisfy(text -> assertThat(text).contains(merged, "与案件" + kept, "已并案处理")));
        publish(new CaseClosed(kept, keptReport, "verified on site", "member:zhao", Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(textsTo("13900006666")).filteredOn(text -> text.contains("已处理完毕") && text.contains(kept))
                    .hasSize(1);
            assertThat(textsTo("13900007777")).filteredOn(text -> text.contains("已处理完毕") && text.contains(kept))
                    .hasSize(1);
        });
    }

    /** Found in review: a repeat registered after its case was merged followed the merged case, and heard no more. */
    @Test
    void aReporterRegisteredAfterTheMergeFollowsTheOtherCase() {
        String mergedReport = UUID.randomUUID().toString();
        String keptReport = UUID.randomUUID().toString();
        String merged = CaseEventsFixture.aCaseNumber();
        String kept = CaseEventsFixture.aCaseNumber();
        register(mergedReport, mergedReport, "13900009991");
        open(kept, keptReport);
        dispatch(kept, keptReport);
        open(merged, mergedReport);
        dispatch(merged, mergedReport);
        publish(new CaseMerged(merged, mergedReport, kept, "同一处占道经营", "member:command", Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(textsTo("13900009991"))
                .anySatisfy(text -> assertThat(text).contains(merged, "已并案处理")));

        register(UUID.randomUUID().toString(), mergedReport, "13900009993");
        await().atMost(WAIT).untilAsserted(() -> assertThat(textsTo("13900009993"))
                .anySatisfy(text -> assertThat(text).contains(merged, "与案件" + kept, "已并案处理"))
                .anySatisfy(text -> assertThat(text).contains("已立案", kept)));
        publish(new CaseClosed(kept, keptReport, "verified on site", "member:zhao", Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> assertThat(textsTo("13900009993"))
                .filteredOn(text -> text.contains("已处理完毕") && text.contains(kept)).hasSize(1));
    }

    /**
     * Found in review: a registration read again after the closure texted "closed" a second time, the catch-up naming
     * the closure by its time to the millisecond and the closure event to the microsecond.
     */
    @Test
    void aRegistrationReadAgainAfterTheClosureDoesNotTextTheClosureTwice() {
        String report = UUID.randomUUID().toString();
        String caseNumber = CaseEventsFixture.aCaseNumber();
        byte[] registration = register(report, report, "13900009994");
        open(caseNumber, report);
        dispatch(caseNumber, report);
        Instant closedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusNanos(123_456);
        publish(new CaseClosed(caseNumber, report, "verified on site", "member:zhao", closedAt));
        await().atMost(WAIT).untilAsserted(() -> assertThat(textsTo("13900009994"))
                .anySatisfy(text -> assertThat(text).contains("已处理完毕", caseNumber)));

        topics.send(Topics.REPORTS_REPORTERS, report, registration, Map.of());
        // read after the one above on the report's partition: once heard, the one above was read too
        register(UUID.randomUUID().toString(), report, "13900009995");
        await().atMost(WAIT).untilAsserted(() -> assertThat(textsTo("13900009995"))
                .anySatisfy(text -> assertThat(text).contains("已处理完毕", caseNumber)));

        assertThat(textsTo("13900009994")).filteredOn(text -> text.contains("已处理完毕")).hasSize(1);
    }

    private List<String> textsTo(String phone) {
        return SMS_GATEWAY.requests().stream().filter(body -> body.contains("\"to\":\"" + phone + "\"")).toList();
    }

    private byte[] register(String reportId, String primaryReportId, String phone) {
        return publish(new ReporterRegistered(reportId, primaryReportId, Channel.HOTLINE_12345, "12345-" + reportId,
                MaskedContact.of("李四", phone), CONTACT_SEAL.seal(phone), "test", Instant.now()));
    }

    private void open(String caseNumber, String reportId) {
        publish(new CaseOpened(caseNumber, reportId, "0302", "垃圾桶满溢", CELL,
                new GeoPoint(116.455, 39.937, Crs.GCJ02), "110105-demo-1", "system:dispatch-service", Instant.now(),
                new TeamRef("T110105001024", "南郎家园综合执法组"), null, false, Urgency.NORMAL, null));
    }

    private void dispatch(String caseNumber, String reportId) {
        publish(new CaseDispatched(caseNumber, reportId, new TeamRef("T110105999999", "无电话的执法组"), CELL.code(),
                "resident team", "system:dispatch-service", Instant.now(), "0302", Urgency.NORMAL,
                TimeLimit.hours(24), Instant.now().plusSeconds(1800), List.of()));
    }

    private byte[] publish(GridlineEvent event) {
        EventEnvelope<GridlineEvent> envelope = EventEnvelope.wrap(event, UUID.randomUUID().toString(),
                Instant.now(), "trace-" + UUID.randomUUID(), "/test");
        byte[] encoded = codec.encode(envelope);
        topics.send(envelope.topic(), envelope.aggregateId(), encoded, Map.of());
        return encoded;
    }
}
