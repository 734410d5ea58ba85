package city.gridline.campaigns;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input campaign: generated and hand-written bad requests against every public endpoint of the four
 * services, each running from its jar. Every answer is below 500 and every refusal an RFC 9457 problem (Open311:
 * the spec's error list), and a refused request writes nothing. Each generated case is a test of its own, drawn
 * from one seed ({@link CaseSettings}: {@code -Dgridline.campaign.seed=…}, {@code -Dgridline.campaign.tries=…});
 * a failing case names its request in full and the options that draw it again. A corpus test does not stop at its
 * first finding: it fails at its end listing all of them. The summary table, with the seed, is written after all.
 */
class BadInputCampaignIT {

    private static final JsonMapper JSON = JsonMapper.shared();

    private static CampaignStack stack;
    private static WriteProbe probe;
    private static Tally tally;
    private static Campaign campaign;
    private static CampaignWorld world;
    private static List<Operation> operations;
    private static BodyFaults bodies;
    private static RequestFaults requests;
    private static FormFaults forms;
    private static RequestFactory factory;
    private static CaseSettings settings;
    private static GeneratedCases generated;

    @BeforeAll
    static void startTheStack() {
        settings = CaseSettings.fromSystemProperties();
        System.out.println("[campaign] generated cases from seed " + settings.seed() + " (" + settings.rerunOptions()
                + ")");
        stack = CampaignStack.start();
        CampaignClient http = new CampaignClient(stack::uri);
        probe = new WriteProbe(stack.mongoUri(), stack.kafkaBootstrapServers());
        tally = new Tally();
        campaign = new Campaign(http, probe, tally);
        world = CampaignWorld.create(http);
        operations = new ArrayList<>();
        for (String service : List.of("intake-service", "grid-service", "dispatch-service")) {
            Answer document = http.send(new BadRequest(service, "setup", "GET", "/v3/api-docs", Map.of(), null,
                    "the API document"));
            assertThat(document.status()).as(service + " /v3/api-docs").isEqualTo(200);
            operations.addAll(new OpenApiOperations(service, JSON.readTree(document.body())).operations());
        }
        operations.addAll(NotificationOperations.all());
        factory = new RequestFactory(world);
        bodies = new BodyFaults(factory);
        requests = new RequestFaults(factory);
        forms = new FormFaults(factory);
        generated = new GeneratedCases(settings, campaign);
        // notification counts the deadlines by its calendar before its first watch, a minute after its start, and
        // records what it counted by: its own write, not one a request made
        probe.awaitDocumentIn("gridline_notification.deadline_counting_rules", Duration.ofMinutes(3));
        probe.settle();
    }

    @AfterAll
    static void printTheSummary() throws IOException {
        if (tally == null) {
            return;
        }
        String table = "bad-input campaign: " + operations.size() + " endpoints, generated cases from seed "
                + settings.seed() + " (draw them again with " + settings.rerunOptions() + ")" + tally.table();
        System.out.println(table);
        Path summary = Path.of("target", "campaign-summary.txt");
        Files.createDirectories(summary.getParent());
        Files.writeString(summary, table + String.join("\n", tally.findings()));
        List<String> exited = stack.exited();
        probe.close();
        stack.stop();
        assertThat(exited).as("services that died during the campaign").isEmpty();
        assertThat(tally.operationsReached()).as("endpoints the campaign reached")
                .containsAll(operations.stream().map(op -> op.service() + " " + op.label()).toList());
    }

    @AfterEach
    void everyAnswerKeptTheRules() {
        campaign.requireNoNewFindings("the corpus");
    }

    // ---- generated cases ----

    @TestFactory
    Stream<DynamicTest> malformedBodies() {
        return generated.of(CaseGenerator.eachKindInTurn("malformed body", operationsWhere(Operation::takesJson),
                BodyFaults.MALFORMED, bodies::malformed), campaign::attempt);
    }

    @TestFactory
    Stream<DynamicTest> plausibleBodiesWithOneFieldSpoiled() {
        return generated.of(CaseGenerator.eachKindInTurn("spoiled field", operationsWhere(Operation::takesJson),
                BodyFaults.MUTATIONS.keySet().stream().sorted().toList(), bodies::mutated), campaign::attempt);
    }

    @TestFactory
    Stream<DynamicTest> pathParameterTricks() {
        return generated.of(CaseGenerator.faultDrawnPerRequest("path trick",
                operationsWhere(op -> !op.pathParameters().isEmpty()), requests::pathTrick), campaign::attempt);
    }

    @TestFactory
    Stream<DynamicTest> queryParameterTricks() {
        return generated.of(CaseGenerator.faultDrawnPerRequest("query trick",
                operationsWhere(op -> op.method().equals("GET")), requests::queryTrick), campaign::attempt);
    }

    @TestFactory
    Stream<DynamicTest> wrongMediaTypesAndCallers() {
        return generated.of(CaseGenerator.faultDrawnPerRequest("header trick",
                operationsWhere(op -> !op.takesMultipart()), requests::headerTrick), campaign::attempt);
    }

    @TestFactory
    Stream<DynamicTest> oversizedBodies() {
        return generated.of(CaseGenerator.faultDrawnPerRequest("oversized body",
                operationsWhere(op -> op.takesJson() || op.takesForm()), requests::oversized), request -> {
            Answer answer = campaign.attempt(request);
            if (request.body().length > RequestFaults.bodyLimitOf(request.service())) {
                campaign.expect(answer.status() >= 400, request, answer,
                        "a refusal of a body over the service's limit");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> open311FormsWithABadField() {
        return generated.of(CaseGenerator.faultDrawnPerRequest("Open311 form",
                operationsWhere(Operation::takesForm), forms::open311Form), campaign::attempt);
    }

    /** Fewer by default: each is a multipart upload that the service stores. */
    @TestFactory
    Stream<DynamicTest> evidenceUploadsWithABadPart() {
        return generated.of(CaseGenerator.eachKindInTurn("evidence upload", operationsWhere(Operation::takesMultipart),
                FormFaults.EVIDENCE, forms::evidence).withUsualTries(32), request -> {
            Answer answer = campaign.attempt(request);
            if (answer.status() < 300) {
                String stored = JSON.readTree(answer.body()).toString();
                campaign.expect(!stored.contains("../") && !stored.contains("\\u0000") && !stored.contains("..\\\\"),
                        request, answer, "a stored file name without traversal or NUL");
            }
        });
    }

    // ---- the corpus ----

    /** Every endpoint once with each kind of fault that applies to it, so that none is left out by chance. */
    @Test
    void everyEndpointRefusesEachKindOfFaultCleanly() {
        Random random = new Random(8);
        for (Operation operation : operations) {
            if (!operation.pathParameters().isEmpty()) {
                campaign.attempt(requests.pathTrick(operation, random));
            }
            if (operation.method().equals("GET")) {
                campaign.attempt(requests.queryTrick(operation, random));
            }
            if (operation.takesJson()) {
                campaign.attempt(bodies.malformed(operation, "truncated", random));
                campaign.attempt(bodies.mutated(operation, "operator-gt", random));
            }
            if (!operation.takesMultipart()) {
                campaign.attempt(requests.headerTrick(operation, random));
            }
        }
        assertThat(operations).extracting(Operation::service).contains("intake-service", "grid-service",
                "dispatch-service", "notification-service");
    }

    /** Out of order, by the wrong member, replayed, and the same operation id for another change. */
    @Test
    void mobileOperationsOutOfOrderReplayedAndByTheWrongMember() {
                refused(mobile("resolve", CampaignWorld.CORPUS_OFFICER, """
                {"clientOperationId": "out-of-order-1", "notes": "已处理", "evidenceIds": ["ev-none"]}"""),
                "resolve before sign");
        refused(mobile("verify", CampaignWorld.CORPUS_OFFICER, """
                {"clientOperationId": "verify-by-handler", "passed": true, "notes": "ok"}"""), "verify by the handler");
        refused(mobile("sign", CampaignWorld.ASSISTANT, "{\"clientOperationId\": \"assistant-sign\"}"),
                "sign by an assistant");
        refused(mobile("extension", CampaignWorld.CORPUS_OFFICER, """
                {"clientOperationId": "ext-before-sign", "amount": -3, "unit": "HOURS", "reason": "x"}"""),
                "negative extension");

        String operationId = "campaign-sign-" + UUID.randomUUID().toString().substring(0, 8);
        BadRequest sign = mobile("sign", CampaignWorld.CORPUS_OFFICER,
                "{\"clientOperationId\": \"" + operationId + "\"}");
        Answer first = campaign.attempt(sign);
        campaign.expect(first.status() == 200, sign, first, "the first sign to be accepted");
        Answer replay = campaign.attempt(sign.describedAs("the same sign again"), true);
        campaign.expect(replay.status() == first.status(), sign, replay, "the replay answered as the first");
        BadRequest otherChange = mobile("check-in", CampaignWorld.CORPUS_OFFICER, """
                {"clientOperationId": "%s", "lon": 116.455, "lat": 39.937, "crs": "GCJ02"}""".formatted(operationId))
                .describedAs("another change under the sign's operation id");
        Answer underTheSameId = campaign.attempt(otherChange, true);
        System.out.println("[campaign] another change under a used operation id was answered " + underTheSameId);
        refused(mobile("sign", CampaignWorld.CORPUS_OFFICER, "{\"clientOperationId\": \"campaign-sign-twice\"}"),
                "sign an accepted task again under a new id");
        refused(mobile("resolve", CampaignWorld.CORPUS_OFFICER, """
                {"clientOperationId": "resolve-no-photo", "notes": "已处理", "evidenceIds": []}"""),
                "resolve without an AFTER photo");
        refused(mobile("check-in", CampaignWorld.CORPUS_OFFICER, """
                {"clientOperationId": "far-away", "lon": 121.47, "lat": 31.23, "crs": "GCJ02"}"""),
                "check-in in Shanghai");
        refused(mobile("check-in", CampaignWorld.CORPUS_OFFICER, """
                {"clientOperationId": "mixed-crs", "lon": 116.455, "lat": 39.937, "crs": "EPSG:3857"}"""),
                "check-in in an unknown CRS");
        refused(mobile("verify", CampaignWorld.SUPERVISOR, """
                {"clientOperationId": "verify-unresolved", "passed": true, "notes": "ok"}"""),
                "verify before resolve");

        Operation evidence = operationAt("POST", "/api/v1/mobile/tasks/{caseNumber}/evidence");
        Answer large = campaign.attempt(forms.evidenceOfSize(evidence, 10 * 1024 * 1024 + 512 * 1024, "big.jpg",
                "campaign-big-photo"));
        assertThat(large.status()).as("a photo over 10 MB: " + large).isEqualTo(413);
    }

    /** Tickets reused with other content, replays, and changes that make no sense in the current state. */
    @Test
    void replayedAndConflictingReports() {
        String ticket = "12319-campaign-replay-" + UUID.randomUUID();
        String report = """
                {"channel": "12319", "sourceTicketId": "%s", "categoryCode": "0101", "description": "%s",
                 "location": {"lon": 116.30, "lat": 39.99, "crs": "GCJ02"}}""";
        BadRequest first = json("intake-service", "POST", "/api/v1/reports", null,
                report.formatted(ticket, "井盖破损"), "a report outside the district");
        Answer accepted = campaign.attempt(first);
        campaign.expect(accepted.status() == 202, first, accepted, "the report to be accepted");
        Answer replay = campaign.attempt(first.describedAs("the same report again"), true);
        campaign.expect(replay.status() == 202, first, replay, "a replay to be answered as the first");
        refused(json("intake-service", "POST", "/api/v1/reports", null, report.formatted(ticket, "路灯不亮"),
                "the same ticket with other content"), "a ticket reused with other content");
        refused(json("intake-service", "POST", "/api/v1/reports/" + world.reportId() + "/unlink", null, null,
                "unlink a report that is no duplicate"), "unlink a primary report");
        refused(json("dispatch-service", "POST", "/api/v1/command-centre/cases/" + world.caseNumber() + "/merge",
                CampaignWorld.COMMAND, "{\"intoCaseNumber\": \"" + world.caseNumber() + "\", \"reason\": \"x\"}",
                "merge a case into itself"), "merge into itself");
        refused(json("dispatch-service", "POST", "/api/v1/command-centre/cases/" + world.caseNumber()
                        + "/extension-decision", CampaignWorld.COMMAND, "{\"granted\": true, \"reason\": \"x\"}",
                "decide an extension nobody asked for"), "extension decision without a request");
        refused(json("grid-service", "POST", "/api/v1/layers/999999/activate", null, null,
                "activate a layer that does not exist"), "activate an unknown layer");
        refused(json("notification-service", "POST", "/api/v1/callbacks/" + world.caseNumber() + "/result", null,
                "{\"result\": \"SATISFIED\", \"operator\": \"op\"}", "a call-back result before the case closed"),
                "call-back before close");
        refused(json("notification-service", "POST", "/api/v1/notifications/none/resend", null, null,
                "resend an unknown notification"), "resend unknown");
        refused(json("notification-service", "POST", "/api/v1/notifications/none/discard", null, null,
                "discard an unknown notification"), "discard unknown");
    }

    /** Open311's XML-capable endpoints given XML, malformed XML, and JSON. */
    @Test
    void open311GivenXmlAndJsonBodies() {
        for (String body : List.of("<?xml version=\"1.0\"?><service_request><service_code>pothole</service_code>"
                        + "<lat>39.937</lat><long>116.455</long></service_request>",
                "<service_request><lat>39.937</lat",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")) {
            for (String type : List.of("application/xml", "text/xml")) {
                refused(raw("intake-service", "POST", "/open311/v2/requests.xml", type, body), "XML to Open311");
            }
        }
        refused(raw("intake-service", "POST", "/open311/v2/requests.json", "application/json",
                "{\"api_key\": \"campaign-key\", \"service_code\": \"pothole\"}"), "JSON to Open311");
        refused(raw("intake-service", "POST", "/open311/v2/requests.json", "application/x-www-form-urlencoded",
                "api_key=campaign-key&service_code=pothole&lat=39.937&long=116.455&description=%E4%BA%95%FF"),
                "invalid UTF-8 in a form");
    }

    // ---- helpers ----

    private static void refused(BadRequest request, String what) {
        BadRequest described = request.describedAs(what);
        Answer answer = campaign.attempt(described);
        campaign.expect(answer.status() >= 400 && answer.status() < 500, described, answer, "a 4xx refusal");
    }

    private static BadRequest mobile(String action, String member, String body) {
        return json("dispatch-service", "POST", "/api/v1/mobile/tasks/" + world.corpusCaseNumber() + "/" + action,
                member, body, action + " by " + member);
    }

    private static BadRequest json(String service, String method, String path, String member, String body,
                                   String what) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Authorization", member != null ? CampaignCallers.member(member) : CampaignCallers.operator());
        return new BadRequest(service, Tally.CORPUS + method + " " + path.replaceAll("/[0-9][0-9-]{5,}", "/{n}"),
                method, path, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8), what);
    }

    private static BadRequest raw(String service, String method, String path, String contentType, String body) {
        return new BadRequest(service, Tally.CORPUS + method + " " + path, method, path,
                Map.of("Content-Type", contentType, "Authorization", CampaignCallers.operator()),
                body.getBytes(StandardCharsets.UTF_8), "raw");
    }

    private static Operation operationAt(String method, String template) {
        return operations.stream().filter(op -> op.method().equals(method) && op.template().equals(template))
                .findFirst().orElseThrow(() -> new AssertionError("no operation " + method + " " + template));
    }

    private static List<Operation> operationsWhere(Predicate<Operation> predicate) {
        List<Operation> chosen = operations.stream().filter(predicate).toList();
        assertThat(chosen).as("operations for this generator").isNotEmpty();
        return chosen;
    }
}
