package city.gridline.dispatch.cases;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.Topics;
import city.gridline.contracts.event.CallbackRecorded;
import city.gridline.contracts.event.CaseChased;
import city.gridline.contracts.event.CaseMerged;
import city.gridline.contracts.event.CaseCheckedIn;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseExtensionDecided;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.CaseReopened;
import city.gridline.contracts.event.CaseTransferred;
import city.gridline.contracts.event.CaseVerified;
import city.gridline.contracts.event.DeadlineOverdue;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.Placement;
import city.gridline.dispatch.cases.application.CaseQuery;
import city.gridline.dispatch.cases.application.CaseStore;
import city.gridline.dispatch.cases.application.CaseWork;
import city.gridline.dispatch.cases.application.ClientOperation;
import city.gridline.dispatch.cases.application.SignWatch;
import city.gridline.dispatch.cases.domain.Actor;
import city.gridline.dispatch.cases.domain.CaseRuleViolation;
import city.gridline.dispatch.cases.domain.CaseStatus;
import city.gridline.dispatch.cases.domain.DispatchCase;
import city.gridline.dispatch.teams.domain.Role;
import city.gridline.testkit.ServiceIntegrationTest;
import city.gridline.testkit.TestCallers;
import city.gridline.testkit.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.function.Tuple2;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static city.gridline.testkit.TestCallers.asMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case lifecycle on a real broker, driven through the mobile backend and the command centre's API as the
 * people in the policy would drive it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gridline.dispatch.sign-watch-interval=1h", "gridline.dispatch.outbox-relay-interval=1h"})
@AutoConfigureWebTestClient
class CaseLifecycleIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String GROUP = "T110105001024";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebTestClient http;

    @Autowired
    SignWatch signWatch;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    CaseStore caseStore;

    @Autowired
    CaseWork caseWork;

    @Autowired
    MeterRegistry meters;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());

    @BeforeEach
    void staffTheTeams() {
        // The resident group becomes known with its first case; the inspection team is the administrator's.
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        assertThat(caseNumber).isNotBlank();
        put("/api/v1/teams/INSP-110105",
                "{\"name\":\"朝阳区督察队\",\"kind\":\"INSPECTION\",\"districtCode\":\"110105\"}");
        member("officer-1", "OFFICER", GROUP);
        member("assistant-1", "ASSISTANT", GROUP);
        member("supervisor-1", "SUPERVISOR", "INSP-110105");
    }

    @Test
    void aReportIn798GoesToThe798Team() {
        String reportId = UUID.randomUUID().toString();
        publish(reportId, LocatedReportFixture.inZone("ZONE-798", "798艺术区", "ZT-798", "798艺术区特殊地区执法队"));

        CaseDispatched dispatched = awaitEvent(CaseDispatched.class, reportId);
        assertThat(dispatched.team().id()).isEqualTo("ZT-798");
        assertThat(dispatched.reason()).contains("798艺术区");
        assertThat(dispatched.handlingLimit()).isNotNull();
        assertThat(dispatched.signBy()).isAfter(dispatched.dispatchedAt());
    }

    @Test
    void illegalParkingIsTransferredToTheTrafficPoliceNotDispatched() {
        String reportId = UUID.randomUUID().toString();
        publish(reportId, LocatedReportFixture.outsideZones().andThen(LocatedReportFixture.category("200503")));

        CaseTransferred transferred = awaitEvent(CaseTransferred.class, reportId);
        assertThat(transferred.department()).isEqualTo("公安交通管理部门");
        assertThat(topics.events(Topics.CASES_EVENTS, e -> e.data() instanceof CaseDispatched d
                && d.reportId().equals(reportId), Duration.ofSeconds(1))).isEmpty();
        JsonNode view = caseView(transferred.caseNumber());
        assertThat(view.path("status").asString()).isEqualTo("TRANSFERRED");
        assertThat(view.path("department").asString()).isEqualTo("公安交通管理部门");
    }

    @Test
    void aReturnedCaseIsRedispatchedToAnotherTeam() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());

        post("officer-1", "/api/v1/mobile/tasks/" + caseNumber + "/return",
                "{\"clientOperationId\":\"" + opId() + "\",\"reason\":\"问题位于相邻社区，不属于本网格\"}")
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("RETURNED");
        post("command", "/api/v1/command-centre/cases/" + caseNumber + "/redispatch",
                "{\"reason\":\"退单改派\"}")
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DISPATCHED");

        List<CaseDispatched> dispatches = events(CaseDispatched.class, caseNumber);
        assertThat(dispatches).hasSize(2);
        assertThat(dispatches.get(1).team().id()).isNotEqualTo(GROUP);
        assertThat(dispatches.get(1).reason()).contains("退单改派", "passing over " + GROUP);
    }

    @Test
    void anUnsignedCaseIsChasedAndThenRedispatched() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        JsonNode dispatched = caseView(caseNumber);
        Instant dispatchedAt = Instant.parse(dispatched.path("dispatchedAt").asString());
        Instant signBy = Instant.parse(dispatched.path("signBy").asString());
        Duration signLimit = Duration.between(dispatchedAt, signBy);

        signWatch.sweep(signBy.plusSeconds(1)).block();
        signWatch.sweep(signBy.plusSeconds(2)).block();
        assertThat(events(CaseChased.class, caseNumber)).singleElement()
                .satisfies(chase -> assertThat(chase.team().id()).isEqualTo(GROUP));
        signWatch.sweep(signBy.plus(signLimit).plusSeconds(1)).block();

        List<CaseDispatched> dispatches = events(CaseDispatched.class, caseNumber);
        assertThat(dispatches).hasSize(2);
        assertThat(dispatches.get(1).team().id()).isNotEqualTo(GROUP);
        assertThat(dispatches.get(1).reason()).contains("not signed");
        assertThat(events(CaseChased.class, caseNumber)).hasSize(1);
    }

    @Test
    void aSweepThatFoundTheCaseUnsignedNeitherChasesNorTakesItFromTheTeamThatSignedMeanwhile() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        DispatchCase seenUnsigned = caseStore.findByCaseNumber(caseNumber).block().dispatchCase();

        sign(caseNumber, "officer-1");
        caseWork.chaseUnsigned(seenUnsigned, "sign-watch/chase/" + seenUnsigned.dispatchEventId()).block();
        caseWork.redispatchUnsigned(seenUnsigned, "sign-watch/redispatch/" + seenUnsigned.dispatchEventId()).block();

        JsonNode view = caseView(caseNumber);
        assertThat(view.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(view.path("team").path("id").asString()).isEqualTo(GROUP);
        assertThat(events(CaseChased.class, caseNumber)).isEmpty();
        assertThat(events(CaseDispatched.class, caseNumber)).hasSize(1);
    }

    @Test
    void aFailedVerificationSendsTheCaseBackForReworkAndAPassedOneClosesIt() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        sign(caseNumber, "officer-1");
        String after = upload(caseNumber, "officer-1", "AFTER", "HANDLING");
        resolve(caseNumber, "officer-1", after).expectStatus().isOk();

        post("supervisor-1", "/api/v1/mobile/tasks/" + caseNumber + "/verify",
                "{\"clientOperationId\":\"" + opId() + "\",\"passed\":false,\"notes\":\"井盖仍未复位\"}")
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("REWORK");
        assertThat(events(CaseVerified.class, caseNumber)).singleElement()
                .satisfies(verified -> assertThat(verified.passed()).isFalse());

        String again = upload(caseNumber, "officer-1", "AFTER", "HANDLING");
        resolve(caseNumber, "officer-1", again).expectStatus().isOk();
        String proof = upload(caseNumber, "supervisor-1", "AFTER", "VERIFICATION");
        post("supervisor-1", "/api/v1/mobile/tasks/" + caseNumber + "/verify",
                "{\"clientOperationId\":\"" + opId() + "\",\"passed\":true,\"notes\":\"已修复\",\"evidenceIds\":[\""
                        + proof + "\"]}")
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CLOSED");
    }

    @Test
    void anAssistantsAttemptToResolveIsForbiddenAndChangesNothing() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        sign(caseNumber, "officer-1");
        String after = upload(caseNumber, "assistant-1", "AFTER", "HANDLING");
        int version = caseView(caseNumber).path("version").asInt();

        resolve(caseNumber, "assistant-1", after)
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/not-allowed");

        JsonNode view = caseView(caseNumber);
        assertThat(view.path("version").asInt()).isEqualTo(version);
        assertThat(view.path("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void theSameClientOperationSentTwiceActsOnce() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        String op = opId();
        String body = signBody(op, Instant.now().minusSeconds(60));

        String first = post("officer-1", "/api/v1/mobile/tasks/" + caseNumber + "/sign", body)
                .expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
        String second = post("officer-1", "/api/v1/mobile/tasks/" + caseNumber + "/sign", body)
                .expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();

        assertThat(second).isEqualTo(first);
        List<String> types = new ArrayList<>();
        caseView(caseNumber).path("history").forEach(step -> types.add(step.path("type").asString()));
        assertThat(types).filteredOn("gridline.case.accepted.v1"::equals).hasSize(1);
    }

    @Test
    void anOperationIdReusedForAnotherChangeIsRefusedWith409AndChangesNothing() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        String op = opId();
        String sign = signBody(op, Instant.now().minusSeconds(60));
        post("officer-1", "/api/v1/mobile/tasks/" + caseNumber + "/sign", sign).expectStatus().isOk();
        int version = caseView(caseNumber).path("version").asInt();

        post("officer-1", "/api/v1/mobile/tasks/" + caseNumber + "/check-in",
                "{\"clientOperationId\":\"" + op + "\",\"lon\":116.4551,\"lat\":39.9371,\"crs\":\"GCJ02\"}")
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/operation-id-reused");
        post("officer-1", "/api/v1/mobile/tasks/" + caseNumber + "/sign", signBody(op, Instant.now().minusSeconds(5)))
                .expectStatus().isEqualTo(409);
        post("command", "/api/v1/command-centre/cases/" + caseNumber + "/chase",
                "{\"clientOperationId\":\"" + op + "\",\"reason\":\"尽快处理\"}")
                .expectStatus().isEqualTo(409);

        post("officer-1", "/api/v1/mobile/tasks/" + caseNumber + "/sign", sign.replace(",", " , "))
                .expectStatus().isOk();
        JsonNode view = caseView(caseNumber);
        assertThat(view.path("version").asInt()).isEqualTo(version);
        assertThat(view.path("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void anOperationIdIsTheClientsPerCase() {
        String first = openCase(LocatedReportFixture.outsideZones());
        String second = openCase(LocatedReportFixture.outsideZones());
        String op = opId();
        post("officer-1", "/api/v1/mobile/tasks/" + first + "/sign", "{\"clientOperationId\":\"" + op + "\"}")
                .expectStatus().isOk();

        post("officer-1", "/api/v1/mobile/tasks/" + second + "/sign", "{\"clientOperationId\":\"" + op + "\"}")
                .expectStatus().isOk().expectBody().jsonPath("$.caseNumber").isEqualTo(second)
                .jsonPath("$.status").isEqualTo("ACCEPTED");
    }

    @Test
    void anEvidenceOperationIdReusedForAnotherFileIsRefusedWith409() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        sign(caseNumber, "officer-1");
        String op = opId();
        byte[] first = uploadAs(caseNumber, op, "the first photo").expectStatus().isCreated()
                .expectBody().returnResult().getResponseBody();
        String id = JSON.readTree(first).path("id").asString();

        uploadAs(caseNumber, op, "the first photo").expectStatus().isCreated()
                .expectBody().jsonPath("$.id").isEqualTo(id);
        uploadAs(caseNumber, op, "another photo").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/operation-id-reused");
    }

    @Test
    void aChangeOnTheStrengthOfAStaleVersionFailsWith412() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        String etag = http.get().uri("/api/v1/cases/{n}", caseNumber).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();
        post("command", "/api/v1/command-centre/cases/" + caseNumber + "/chase", "{\"reason\":\"尽快签收\"}")
                .expectStatus().isOk();

        http.post().uri("/api/v1/mobile/tasks/{n}/sign", caseNumber)
                .headers(asMember("officer-1")).header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"clientOperationId\":\"" + opId() + "\"}")
                .exchange()
                .expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/stale-case-version");
    }

    @Test
    void aCheckInFarFromTheCaseIsRefused() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        sign(caseNumber, "officer-1");

        post("officer-1", "/api/v1/mobile/tasks/" + caseNumber + "/check-in",
                "{\"clientOperationId\":\"" + opId() + "\",\"lon\":116.50,\"lat\":39.95,\"crs\":\"GCJ02\"}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/invalid-case-input");
        post("officer-1", "/api/v1/mobile/tasks/" + caseNumber + "/check-in",
                "{\"clientOperationId\":\"" + opId() + "\",\"lon\":116.4551,\"lat\":39.9371,\"crs\":\"GCJ02\"}")
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ON_SITE");
    }

    /** Found in review: a case placed from its address had only its community's point; the team could not check in. */
    @Test
    void aCasePlacedFromItsAddressAloneIsCheckedInWhereverTheTeamFindsIt() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones()
                .andThen(data -> data.put("placement", "ADDRESS_COMMUNITY")));
        assertThat(events(CaseOpened.class, caseNumber)).singleElement()
                .satisfies(opened -> assertThat(opened.placement()).isEqualTo(Placement.ADDRESS_COMMUNITY));
        sign(caseNumber, "officer-1");

        post("officer-1", "/api/v1/mobile/tasks/" + caseNumber + "/check-in",
                "{\"clientOperationId\":\"" + opId() + "\",\"lon\":116.50,\"lat\":39.95,\"crs\":\"GCJ02\"}")
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ON_SITE");
        assertThat(events(CaseCheckedIn.class, caseNumber)).singleElement()
                .satisfies(checkIn -> assertThat(checkIn.distanceMetres()).as("kept").isGreaterThan(1000));
    }

    @Test
    void evidenceOverTheLimitIs413AndOfAnUnknownTypeIs422() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        sign(caseNumber, "officer-1");

        uploadRaw(caseNumber, new byte[11 * 1024 * 1024], MediaType.IMAGE_JPEG)
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("https://gridline.city/problems/payload-too-large");
        uploadRaw(caseNumber, "<html></html>".getBytes(), MediaType.TEXT_HTML)
                .expectStatus().isEqualTo(422);
    }

    @Test
    void aCasePastItsDeadlineIsInTheOverdueQueueUntilAnExtensionIsGrantedAndNoNoticeOfTheOldDeadlinePutsItBack() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        sign(caseNumber, "officer-1");
        Instant dispatchedAt = await().atMost(WAIT).until(() -> events(CaseDispatched.class, caseNumber),
                dispatched -> !dispatched.isEmpty()).get(0).dispatchedAt();
        DeadlineOverdue overdue = new DeadlineOverdue(caseNumber, new TeamRef(GROUP, "南郎家园综合执法组"),
                Instant.now().minusSeconds(60), Instant.now(), dispatchedAt);
        EventEnvelope<DeadlineOverdue> envelope = EventEnvelope.wrap(overdue, UUID.randomUUID().toString(),
                Instant.now(), "trace-overdue", "/test");
        topics.send(Topics.NOTIFICATIONS_EVENTS, caseNumber, new EventCodec().encode(envelope), Map.of());

        await().atMost(WAIT).untilAsserted(() -> assertThat(queue("OVERDUE")).contains(caseNumber));
        post("officer-1", "/api/v1/mobile/tasks/" + caseNumber + "/extension", "{\"clientOperationId\":\"" + opId()
                + "\",\"amount\":1,\"unit\":\"WORKING_DAYS\",\"reason\":\"需协调权属单位\"}").expectStatus().isOk();
        post("command", "/api/v1/command-centre/cases/" + caseNumber + "/extension-decision",
                "{\"granted\":true,\"reason\":\"同意\"}").expectStatus().isOk();
        assertThat(queue("OVERDUE")).doesNotContain(caseNumber);

        // the same notice read again (a redelivery, a replay): about the old deadline, so it changes nothing
        double stale = overdueNotices("stale");
        topics.send(Topics.NOTIFICATIONS_EVENTS, caseNumber, new EventCodec().encode(envelope), Map.of());
        await().atMost(WAIT).until(() -> overdueNotices("stale") > stale);
        assertThat(queue("OVERDUE")).doesNotContain(caseNumber);

        // found after the decision by a notification service that had not yet read it: still the old deadline
        double staleAgain = overdueNotices("stale");
        sendNotificationEvent(EventEnvelope.wrap(new DeadlineOverdue(caseNumber, overdue.team(), overdue.dueAt(),
                Instant.now(), dispatchedAt), UUID.randomUUID().toString(), Instant.now(), "trace-raced", "/test"));
        await().atMost(WAIT).until(() -> overdueNotices("stale") > staleAgain);
        assertThat(queue("OVERDUE")).doesNotContain(caseNumber);

        // the extended deadline passing puts it back
        Instant decidedAt = await().atMost(WAIT).until(() -> events(CaseExtensionDecided.class, caseNumber),
                decided -> !decided.isEmpty()).get(0).decidedAt();
        sendNotificationEvent(EventEnvelope.wrap(new DeadlineOverdue(caseNumber, overdue.team(),
                Instant.now().minusSeconds(1), Instant.now(), decidedAt), UUID.randomUUID().toString(),
                Instant.now(), "trace-overdue-again", "/test"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(queue("OVERDUE")).contains(caseNumber));
    }

    @Test
    void anUnsatisfiedCallBackReopensTheClosedCaseForTheSameTeamOnceOnly() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        close(caseNumber);

        EventEnvelope<CallbackRecorded> unsatisfied = callback(caseNumber, CallbackRecorded.Result.UNSATISFIED,
                "井盖仍然松动");
        sendNotificationEvent(unsatisfied);
        sendNotificationEvent(unsatisfied);
        awaitHandled(caseNumber);

        assertThat(events(CaseReopened.class, caseNumber)).singleElement().satisfies(reopened -> {
            assertThat(reopened.team().id()).isEqualTo(GROUP);
            assertThat(reopened.reason()).contains("回访不满意", "12345-op-017", "井盖仍然松动");
            assertThat(reopened.callbackEventId()).isEqualTo(unsatisfied.eventId());
            assertThat(reopened.handlingLimit()).isNotNull();
        });
        assertThat(caseView(caseNumber).path("status").asString()).isEqualTo("REWORK");
        assertThat(myTasks("officer-1")).contains(caseNumber);

        // Handled again and closed again: the policy reopens a case once.
        String again = upload(caseNumber, "officer-1", "AFTER", "HANDLING");
        resolve(caseNumber, "officer-1", again).expectStatus().isOk();
        verifyPassed(caseNumber);
        sendNotificationEvent(callback(caseNumber, CallbackRecorded.Result.UNSATISFIED, "还是不满意"));
        awaitHandled(caseNumber);
        assertThat(events(CaseReopened.class, caseNumber)).hasSize(1);
        assertThat(caseView(caseNumber).path("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void anotherDistrictsCommandCentreNeitherSeesNorCommandsTheCase() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        put("/api/v1/teams/CC-110108", "{\"name\":\"海淀区城市管理指挥中心\",\"kind\":\"COMMAND_CENTRE\","
                + "\"districtCode\":\"110108\"}");
        member("command-hd", "COMMAND_CENTRE", "CC-110108");
        int version = caseView(caseNumber).path("version").asInt();

        CaseQuery dispatched = CaseQuery.inStatus(Set.of(CaseStatus.DISPATCHED), 0, 200);
        assertThat(caseNumbers(dispatched.inArea("110108"))).doesNotContain(caseNumber);
        assertThat(caseNumbers(dispatched.inArea("110105"))).contains(caseNumber);
        http.get().uri("/api/v1/command-centre/queue?kind=UNASSIGNED").headers(asMember("command-hd")).exchange()
                .expectStatus().isOk();
        post("command-hd", "/api/v1/command-centre/cases/" + caseNumber + "/chase", "{\"reason\":\"尽快签收\"}")
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                        .contains("outside area 110108"));
        assertThat(caseView(caseNumber).path("version").asInt()).isEqualTo(version);
        assertThat(events(CaseChased.class, caseNumber)).isEmpty();
    }

    /**
     * Found in review: any member read any case and its trail (officers' check-in positions, notes, who handled it),
     * though the task list showed them only their team's.
     */
    @Test
    void anOfficerReadsTheCasesOfTheirTeamTheHotlineAndOperationsReadEvery() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        put("/api/v1/teams/T110105009099", "{\"name\":\"另一综合执法组\",\"kind\":\"GRID_GROUP\","
                + "\"districtCode\":\"110105\",\"streetCode\":\"110105009\"}");
        member("officer-9", "OFFICER", "T110105009099");

        for (String path : List.of("/api/v1/cases/{n}", "/api/v1/cases/{n}/history")) {
            http.get().uri(path, caseNumber).headers(asMember("officer-9")).exchange()
                    .expectStatus().isForbidden();
            http.get().uri(path, caseNumber).headers(asMember("officer-1")).exchange().expectStatus().isOk();
            http.get().uri(path, caseNumber).headers(TestCallers.as("hotline-7", List.of("HOTLINE_OPERATOR"),
                    List.of("*"))).exchange().expectStatus().isOk();
            http.get().uri(path, caseNumber).headers(TestCallers.as("ops-1", List.of("OPERATIONS"), List.of("*")))
                    .exchange().expectStatus().isOk();
        }
    }

    /** Found in review: a command centre could merge its case into another district's, whose reporters it misled. */
    @Test
    void aCommandCentreMergesNoCaseIntoAnotherDistrictsCase() {
        String own = openCase(LocatedReportFixture.outsideZones());
        String elsewhere = openCase(LocatedReportFixture.outsideZones().andThen(data -> {
            ObjectNode cell = (ObjectNode) data.path("cell");
            cell.put("code", "110108001001001");
            ((ObjectNode) cell.path("community")).put("code", "110108001001").put("name", "海淀某社区");
            ((ObjectNode) cell.path("street")).put("code", "110108001").put("name", "海淀某街道");
            ((ObjectNode) cell.path("district")).put("code", "110108").put("name", "海淀区");
        }));

        post("command", "/api/v1/command-centre/cases/" + own + "/merge",
                "{\"intoCaseNumber\":\"" + elsewhere + "\",\"reason\":\"同一处占道经营\"}")
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                        .contains("case " + elsewhere + " lies outside area"));
        assertThat(events(CaseMerged.class, own)).isEmpty();
    }

    /**
     * Found in review: case A merged into B and B into A at the same time could both succeed, each merge having read
     * the other's case as open, and left two duplicates of each other and no case to work.
     */
    @Test
    void ofTwoOppositeMergesAtOnceAtMostOneIsRecorded() {
        for (int pair = 0; pair < 5; pair++) {
            String a = openCase(LocatedReportFixture.outsideZones());
            String b = openCase(LocatedReportFixture.outsideZones());

            Tuple2<Boolean, Boolean> merged = Mono.zip(mergeAtOnce(a, b), mergeAtOnce(b, a)).block(WAIT);

            assertThat(merged.getT1() && merged.getT2()).as("%s and %s merged into each other", a, b).isFalse();
            assertThat(status(a) == CaseStatus.MERGED).isEqualTo(merged.getT1());
            assertThat(status(b) == CaseStatus.MERGED).isEqualTo(merged.getT2());
        }
    }

    /** The claim a merge makes on its original lasts only while the merge is under way: chains of merges stay open. */
    @Test
    void aCaseOthersWereMergedIntoMayBeMergedOnItself() {
        String duplicate = openCase(LocatedReportFixture.outsideZones());
        String original = openCase(LocatedReportFixture.outsideZones());
        String another = openCase(LocatedReportFixture.outsideZones());
        post("command", "/api/v1/command-centre/cases/" + duplicate + "/merge",
                "{\"intoCaseNumber\":\"" + original + "\",\"reason\":\"同一井盖的重复上报\"}")
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("MERGED");

        post("command", "/api/v1/command-centre/cases/" + original + "/merge",
                "{\"intoCaseNumber\":\"" + another + "\",\"reason\":\"同一井盖的重复上报\"}")
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("MERGED");
        assertThat(caseView(duplicate).path("mergedInto").asString()).isEqualTo(original);
        assertThat(caseView(original).path("mergedInto").asString()).isEqualTo(another);
    }

    /**
     * Found in review: the supervisors' list left out the cases a supervisor had handled after the page was read, so
     * a page came back short — empty, when the newest resolved case was theirs — though there were cases to verify.
     */
    @Test
    void aSupervisorsPageIsFullOfCasesTheyDidNotHandle() {
        member("officer-promoted", "OFFICER", GROUP);
        String handledByOthers = openCase(LocatedReportFixture.outsideZones());
        sign(handledByOthers, "officer-1");
        resolve(handledByOthers, "officer-1", upload(handledByOthers, "officer-1", "AFTER", "HANDLING"))
                .expectStatus().isOk();
        String handledByThem = openCase(LocatedReportFixture.outsideZones());
        sign(handledByThem, "officer-promoted");
        resolve(handledByThem, "officer-promoted", upload(handledByThem, "officer-promoted", "AFTER", "HANDLING"))
                .expectStatus().isOk();
        member("officer-promoted", "SUPERVISOR", "INSP-110105");

        assertThat(myTasks("officer-promoted", 1)).hasSize(1).doesNotContain(handledByThem);
        assertThat(myTasks("officer-promoted")).contains(handledByOthers).doesNotContain(handledByThem);
        assertThat(myTasks("supervisor-1")).contains(handledByOthers, handledByThem);
    }

    @Test
    void aSatisfiedCallBackLeavesTheCaseClosed() {
        String caseNumber = openCase(LocatedReportFixture.outsideZones());
        close(caseNumber);

        sendNotificationEvent(callback(caseNumber, CallbackRecorded.Result.SATISFIED, ""));
        awaitHandled(caseNumber);

        assertThat(events(CaseReopened.class, caseNumber)).isEmpty();
        assertThat(caseView(caseNumber).path("status").asString()).isEqualTo("CLOSED");
        assertThat(myTasks("officer-1")).doesNotContain(caseNumber);
    }

    // ---- helpers ----

    /** The command centre's merge, started on its own thread; whether it was recorded (false when refused, 409). */
    private Mono<Boolean> mergeAtOnce(String caseNumber, String intoCaseNumber) {
        Actor command = new Actor("member:command", Role.COMMAND_CENTRE, "CC-110105", "110105");
        return Mono.defer(() -> caseWork.merge(caseNumber, command, ClientOperation.system(opId(), "trace-merge"),
                        intoCaseNumber, "同一井盖的重复上报"))
                .subscribeOn(Schedulers.parallel())
                .map(stored -> stored.dispatchCase().status() == CaseStatus.MERGED)
                .onErrorResume(CaseRuleViolation.class, refused -> Mono.just(false));
    }

    private CaseStatus status(String caseNumber) {
        return caseStore.findByCaseNumber(caseNumber).block(WAIT).dispatchCase().status();
    }

    private void close(String caseNumber) {
        sign(caseNumber, "officer-1");
        String after = upload(caseNumber, "officer-1", "AFTER", "HANDLING");
        resolve(caseNumber, "officer-1", after).expectStatus().isOk();
        verifyPassed(caseNumber);
    }

    private void verifyPassed(String caseNumber) {
        String proof = upload(caseNumber, "supervisor-1", "AFTER", "VERIFICATION");
        post("supervisor-1", "/api/v1/mobile/tasks/" + caseNumber + "/verify",
                "{\"clientOperationId\":\"" + opId() + "\",\"passed\":true,\"notes\":\"已修复\",\"evidenceIds\":[\""
                        + proof + "\"]}")
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CLOSED");
    }

    private static EventEnvelope<CallbackRecorded> callback(String caseNumber, CallbackRecorded.Result result,
                                                            String comment) {
        CallbackRecorded recorded = new CallbackRecorded(caseNumber, null, new TeamRef(GROUP, "南郎家园综合执法组"),
                result, comment, "12345-op-017", Instant.now());
        return EventEnvelope.wrap(recorded, UUID.randomUUID().toString(), Instant.now(), "trace-callback", "/test");
    }

    private void sendNotificationEvent(EventEnvelope<?> envelope) {
        topics.send(Topics.NOTIFICATIONS_EVENTS, envelope.aggregateId(), new EventCodec().encode(envelope), Map.of());
    }

    /**
     * Waits until dispatch has handled everything sent on the case's partition so far: an overdue notice sent after
     * it, on the same key and with a due time of its own, is recorded on the case only once what came before it was.
     */
    private void awaitHandled(String caseNumber) {
        Instant marker = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        sendNotificationEvent(EventEnvelope.wrap(new DeadlineOverdue(caseNumber, new TeamRef(GROUP, "南郎家园综合执法组"),
                marker, Instant.now(), null), UUID.randomUUID().toString(), Instant.now(), "trace-marker", "/test"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(mongo.findById(caseNumber, Document.class, "cases")
                .map(stored -> Optional.ofNullable(stored.getDate("overdueDueAt")).map(Date::toInstant))
                .block()).contains(marker));
    }

    private double overdueNotices(String outcome) {
        return meters.get("gridline.cases.overdue.notices").tag("outcome", outcome).counter().count();
    }

    private List<String> myTasks(String member) {
        return myTasks(member, 200);
    }

    private List<String> myTasks(String member, int size) {
        List<String> cases = new ArrayList<>();
        byte[] body = http.get().uri("/api/v1/mobile/tasks?size={s}", size).headers(asMember(member))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        JSON.readTree(body).forEach(c -> cases.add(c.path("caseNumber").asString()));
        return cases;
    }

    private List<String> caseNumbers(CaseQuery query) {
        return caseStore.find(query).map(DispatchCase::caseNumber).collectList().block(WAIT);
    }

    private List<String> queue(String kind) {
        List<String> cases = new ArrayList<>();
        byte[] body = http.get().uri("/api/v1/command-centre/queue?kind={k}&size=200", kind)
                .headers(asMember("command")).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        JSON.readTree(body).forEach(c -> cases.add(c.path("caseNumber").asString()));
        return cases;
    }

    private WebTestClient.ResponseSpec uploadAs(String caseNumber, String operationId, String content) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", new ByteArrayResource(content.getBytes()) {
            @Override
            public String getFilename() {
                return "after.jpg";
            }
        }).contentType(MediaType.IMAGE_JPEG);
        form.part("kind", "AFTER");
        form.part("clientOperationId", operationId);
        return http.post().uri("/api/v1/mobile/tasks/{n}/evidence", caseNumber)
                .headers(asMember("officer-1"))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(form.build()))
                .exchange();
    }

    private WebTestClient.ResponseSpec uploadRaw(String caseNumber, byte[] content, MediaType type) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "evidence.bin";
            }
        }).contentType(type);
        form.part("kind", "AFTER");
        form.part("clientOperationId", opId());
        return http.post().uri("/api/v1/mobile/tasks/{n}/evidence", caseNumber)
                .headers(asMember("officer-1"))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(form.build()))
                .exchange();
    }

    private String openCase(Consumer<ObjectNode> tweak) {
        String reportId = UUID.randomUUID().toString();
        publish(reportId, tweak);
        return awaitEvent(CaseDispatched.class, reportId).caseNumber();
    }

    private void publish(String reportId, Consumer<ObjectNode> tweak) {
        topics.send(Topics.REPORTS_LOCATED, reportId,
                LocatedReportFixture.payload(reportId, UUID.randomUUID().toString(), tweak), Map.of());
    }

    private <E extends CaseEvent> E awaitEvent(Class<E> type, String reportId) {
        EventEnvelope<?> event = topics.awaitEvent(Topics.CASES_EVENTS,
                e -> type.isInstance(e.data()) && ((CaseEvent) e.data()).reportId().equals(reportId), WAIT)
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " for report " + reportId));
        return type.cast(event.data());
    }

    private <E extends CaseEvent> List<E> events(Class<E> type, String caseNumber) {
        return topics.events(Topics.CASES_EVENTS,
                        e -> type.isInstance(e.data()) && ((CaseEvent) e.data()).caseNumber().equals(caseNumber),
                        Duration.ofSeconds(1))
                .stream().map(e -> type.cast(e.data())).toList();
    }

    private JsonNode caseView(String caseNumber) {
        byte[] body = http.get().uri("/api/v1/cases/{n}", caseNumber).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    private void sign(String caseNumber, String member) {
        post(member, "/api/v1/mobile/tasks/" + caseNumber + "/sign", "{\"clientOperationId\":\"" + opId() + "\"}")
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACCEPTED");
    }

    private WebTestClient.ResponseSpec resolve(String caseNumber, String member, String evidenceId) {
        return post(member, "/api/v1/mobile/tasks/" + caseNumber + "/resolve", "{\"clientOperationId\":\"" + opId()
                + "\",\"notes\":\"已联系权属单位更换井盖\",\"evidenceIds\":[\"" + evidenceId + "\"]}");
    }

    private String upload(String caseNumber, String member, String kind, String purpose) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", new ByteArrayResource(("photo of " + caseNumber + " " + UUID.randomUUID()).getBytes()) {
            @Override
            public String getFilename() {
                return "after.jpg";
            }
        }).contentType(MediaType.IMAGE_JPEG);
        form.part("kind", kind);
        form.part("purpose", purpose);
        form.part("clientOperationId", opId());
        byte[] body = http.post().uri("/api/v1/mobile/tasks/{n}/evidence", caseNumber)
                .headers(asMember(member))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(form.build()))
                .exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody();
        JsonNode ref = JSON.readTree(body);
        assertThat(ref.path("sha256").asString()).hasSize(64);
        return ref.path("id").asString();
    }

    private void member(String id, String role, String team) {
        put("/api/v1/members/" + id,
                "{\"name\":\"" + id + "\",\"role\":\"" + role + "\",\"teamId\":\"" + team + "\"}");
    }

    private void put(String path, String json) {
        http.put().uri(path).headers(asMember("admin")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json).exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec post(String member, String path, String json) {
        return http.post().uri(path).headers(asMember(member)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json).exchange();
    }

    /** A sign request's body: the client operation and the time the officer signed on the device. */
    private static String signBody(String operationId, Instant deviceTime) {
        return "{\"clientOperationId\":\"" + operationId + "\",\"deviceTime\":\"" + deviceTime + "\"}";
    }

    private static String opId() {
        return "op-" + UUID.randomUUID();
    }
}
