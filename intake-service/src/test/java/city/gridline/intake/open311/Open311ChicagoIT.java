package city.gridline.intake.open311;

import city.gridline.contracts.Channel;
import city.gridline.contracts.Crs;
import city.gridline.contracts.Topics;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.testkit.ServiceIntegrationTest;
import city.gridline.testkit.TestCallers;
import city.gridline.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Chicago's 50 real GeoReport v2 requests, turned back into the form posts a client would send, go through
 * Gridline's Open311 endpoint and are read back in the spec's JSON and XML shapes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class Open311ChicagoIT extends ServiceIntegrationTest {

    private static final Map<String, String> SERVICES = Map.of(
            "Pothole in Street", "pothole",
            "Pavement Cave-In Survey", "pavement-cave-in",
            "Street Cut Complaints", "street-cut",
            "Street Light Out", "street-light-out",
            "Traffic Signal Out", "traffic-signal-out",
            "Abandoned Vehicle", "abandoned-vehicle",
            "Building Violation", "building-violation");

    private static final Map<String, String> CATEGORIES = Map.of(
            "pothole", "200401", "pavement-cave-in", "200401", "street-cut", "200312", "street-light-out", "0113",
            "traffic-signal-out", "0204", "abandoned-vehicle", "200110", "building-violation", "200301");

    @Autowired
    WebTestClient http;

    private final TopicProbe topics = new TopicProbe(INFRASTRUCTURE.kafkaBootstrapServers());
    private final JsonMapper json = new JsonMapper();

    @Test
    void allFiftyChicagoRequestsAreFiledAndReadBackInTheSpecsShapes() throws Exception {
        List<Map<String, Object>> chicago = chicagoRequests();
        assertThat(chicago).hasSize(50);
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> request : chicago) {
            List<Map<String, Object>> created = json.readValue(post("requests.json", form(request))
                    .expectStatus().isCreated()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                    .expectBody(String.class).returnResult().getResponseBody(), new TypeReference<>() { });
            assertThat(created).hasSize(1);
            String id = (String) created.get(0).get("service_request_id");
            assertThat(id).matches("[0-9]{2}-[0-9]{8}");
            assertThat(created.get(0)).containsKeys("service_notice", "account_id");
            byId.put(id, request);
        }

        List<Map<String, Object>> readBack = json.readValue(http.get()
                .uri(uri -> uri.path("/open311/v2/requests.json")
                        .queryParam("service_request_id", String.join(",", byId.keySet())).build())
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody(), new TypeReference<>() { });
        assertThat(readBack).hasSize(50);
        for (Map<String, Object> mine : readBack) {
            Map<String, Object> original = byId.get((String) mine.get("service_request_id"));
            assertThat(mine.get("service_code")).isEqualTo(SERVICES.get((String) original.get("service_name")));
            assertThat(mine.get("status")).isEqualTo("open");
            assertThat((String) mine.get("status_notes")).startsWith("RECEIVED");
            assertThat(((Number) mine.get("lat")).doubleValue()).isEqualTo(((Number) original.get("lat")).doubleValue());
            assertThat(((Number) mine.get("long")).doubleValue())
                    .isEqualTo(((Number) original.get("long")).doubleValue());
            assertThat(mine.get("description")).isEqualTo(description(original).replaceAll("\\s+", " ").strip());
            assertThat((String) mine.get("requested_datetime")).endsWith("+08:00");
            assertThat(mine).containsKeys("service_name", "agency_responsible", "updated_datetime",
                    "expected_datetime", "address", "address_id", "zipcode", "media_url");
        }

        List<EventEnvelope<?>> events = topics.events(Topics.REPORTS_RECEIVED,
                e -> e.data() instanceof ReportReceived r && r.channel() == Channel.OPEN311
                        && byId.containsKey(r.sourceTicketId()), Duration.ofSeconds(3));
        assertThat(events).hasSize(50);
        for (EventEnvelope<?> event : events) {
            ReportReceived received = (ReportReceived) event.data();
            Map<String, Object> original = byId.get(received.sourceTicketId());
            assertThat(received.categoryCode())
                    .isEqualTo(CATEGORIES.get(SERVICES.get((String) original.get("service_name"))));
            assertThat(received.location().crs()).isEqualTo(Crs.WGS84);
            assertThat(received.location().lat()).isEqualTo(((Number) original.get("lat")).doubleValue());
            assertThat(received.address()).isNotBlank();
        }

        String oneId = byId.keySet().iterator().next();
        Document xml = xml(http.get().uri("/open311/v2/requests/{id}.xml", oneId).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_XML)
                .expectBody(String.class).returnResult().getResponseBody());
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        assertThat(root.getElementsByTagName("request").getLength()).isEqualTo(1);
        Element request = (Element) root.getElementsByTagName("request").item(0);
        assertThat(text(request, "service_request_id")).isEqualTo(oneId);
        assertThat(text(request, "status")).isEqualTo("open");
        assertThat(Double.parseDouble(text(request, "lat")))
                .isEqualTo(((Number) byId.get(oneId).get("lat")).doubleValue());
        for (String field : List.of("status_notes", "service_name", "service_code", "description",
                "agency_responsible", "service_notice", "requested_datetime", "updated_datetime",
                "expected_datetime", "address", "address_id", "zipcode", "long", "media_url")) {
            assertThat(request.getElementsByTagName(field).getLength()).as(field).isEqualTo(1);
        }

        List<Map<String, Object>> buildings = json.readValue(http.get()
                .uri("/open311/v2/requests.json?service_code=building-violation&status=open").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody(),
                new TypeReference<>() { });
        Set<String> buildingIds = buildings.stream().map(entry -> (String) entry.get("service_request_id"))
                .filter(byId::containsKey).collect(Collectors.toSet());
        assertThat(buildingIds).hasSize(35);
        http.get().uri("/open311/v2/requests.json?status=closed&service_code=building-violation").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.service_request_id == '" + oneId + "')]").doesNotExist();
    }

    @Test
    void discoveryServicesAndDefinitionsInBothFormats() throws Exception {
        http.get().uri("/open311/v2/discovery.json").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.endpoints[0].specification").isEqualTo("http://wiki.open311.org/GeoReport_v2")
                .jsonPath("$.endpoints[0].formats").isEqualTo(List.of("text/xml", "application/json"));
        Document services = xml(http.get().uri("/open311/v2/services.xml").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(services.getDocumentElement().getTagName()).isEqualTo("services");
        assertThat(services.getElementsByTagName("service").getLength()).isGreaterThanOrEqualTo(7);
        http.get().uri("/open311/v2/services.json").exchange()
                .expectBody()
                .jsonPath("$[?(@.service_code == 'pothole')].metadata").isEqualTo(List.of(true))
                .jsonPath("$[?(@.service_code == 'exposed-refuse')].metadata").isEqualTo(List.of(false));
        Document definition = xml(http.get().uri("/open311/v2/services/street-vending.xml").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        assertThat(definition.getDocumentElement().getTagName()).isEqualTo("service_definition");
        assertThat(text(definition.getDocumentElement(), "datatype")).isEqualTo("multivaluelist");
        assertThat(definition.getElementsByTagName("value").getLength()).isEqualTo(3);
        http.get().uri("/open311/v2/services/no-such-service.json").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$[0].code").isEqualTo(404);
    }

    @Test
    void refusalsAreTheSpecsErrorListsWithTheRightStatus() throws Exception {
        MultiValueMap<String, String> noKey = new LinkedMultiValueMap<>();
        noKey.add("service_code", "pothole");
        noKey.add("lat", "39.93");
        noKey.add("long", "116.45");
        Document unauthenticated = xml(http.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION))
                .build().post().uri("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(noKey)).exchange().expectStatus().isUnauthorized()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(unauthenticated.getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(text(unauthenticated.getDocumentElement(), "code")).isEqualTo("401");
        MultiValueMap<String, String> wrongKey = new LinkedMultiValueMap<>(noKey);
        wrongKey.add("api_key", "no-such-key");
        post("requests.json", wrongKey).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$[0].code").isEqualTo(401);
        http.post().uri("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .headers(TestCallers.as("desk-7", List.of("HOTLINE_OPERATOR"), List.of("*")))
                .body(BodyInserters.fromFormData(noKey)).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$[0].code").isEqualTo(403);

        MultiValueMap<String, String> bad = new LinkedMultiValueMap<>();
        bad.add("api_key", "it-key-1");
        bad.add("lat", "91");
        bad.add("description", "<b>pothole</b>");
        bad.add("attribute[WHERE]", "moon");
        post("requests.json", bad).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$[?(@.description == 'service_code is required')]").exists()
                .jsonPath("$[?(@.description == 'description must be plain text, without HTML')]").exists()
                .jsonPath("$[?(@.description =~ /lat must be.*/)]").exists();

        MultiValueMap<String, String> wrongValue = new LinkedMultiValueMap<>();
        wrongValue.add("api_key", "it-key-2");
        wrongValue.add("service_code", "pothole");
        wrongValue.add("address_string", "朝阳区工体北路");
        wrongValue.add("attribute[WHERE]", "moon");
        post("requests.json", wrongValue).expectStatus().isBadRequest()
                .expectBody().jsonPath("$[0].description").isEqualTo("attribute[WHERE] has no value moon");
        // found in review: an address of only a no-break space passed as an address and was a 500
        MultiValueMap<String, String> blankAddress = new LinkedMultiValueMap<>();
        blankAddress.add("api_key", "it-key-2");
        blankAddress.add("service_code", "pothole");
        blankAddress.add("address_string", "\u00a0\u3000");
        post("requests.json", blankAddress).expectStatus().isBadRequest()
                .expectBody().jsonPath("$[0].description")
                .isEqualTo("a location is required: lat and long, or address_string");
        MultiValueMap<String, String> latOutOfRange = new LinkedMultiValueMap<>();
        latOutOfRange.add("api_key", "it-key-2");
        latOutOfRange.add("service_code", "pothole");
        latOutOfRange.add("lat", "91");
        latOutOfRange.add("long", "116.45");
        post("requests.json", latOutOfRange).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].description").isEqualTo("lat must be a number between -90 and 90");

        http.post().uri("/open311/v2/requests.json").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"service_code\": \"pothole\"}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$[0].code").isEqualTo(400);
        http.get().uri("/open311/v2/requests/99-99999999.json").exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$[0].code").isEqualTo(404);
        http.get().uri("/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z")
                .exchange().expectStatus().isBadRequest();
        http.get().uri("/open311/v2/requests.json?start_date=yesterday").exchange().expectStatus().isBadRequest();
        http.get().uri("/open311/v2/requests.json?start_date={d}", "+300000000-01-01T00:00:00Z").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$[0].description").isEqualTo("start_date must lie between 1970 and 9999");
        http.get().uri("/open311/v2/requests.csv").exchange().expectStatus().isBadRequest();
    }

    /**
     * Found in review: a date with its offset's {@code +} left unencoded, as the service writes its own dates, reached
     * the endpoint as a space and was a 400.
     */
    @Test
    void aDateWhoseOffsetSignWasNotEncodedIsReadAsWritten() {
        http.get().uri("/open311/v2/requests.json?start_date=2026-11-01T00:00:00+08:00"
                + "&end_date=2026-11-20T00:00:00+08:00").exchange().expectStatus().isOk();
        http.get().uri("/open311/v2/requests.json?start_date=2026-11-01T00:00:00 08:00").exchange()
                .expectStatus().isOk();
    }

    /**
     * Found by the bad-input campaign: a stray {@code %} in a form body was a 500, and bytes that are not UTF-8 were
     * filed as U+FFFD.
     */
    @Test
    void aFormThatIsNotValidUrlEncodedUtf8IsA400ErrorList() {
        http.post().uri("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("api_key=it-key-1&service_code=pothole&lat=39.937&long=116.455&description=%ZZ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$[0].code").isEqualTo(400)
                .jsonPath("$[0].description").value(description -> assertThat((String) description)
                        .contains("not valid application/x-www-form-urlencoded"));
        http.post().uri("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("api_key=it-key-1&service_code=pothole&lat=39.937&long=116.455&description=%E4%BA%95%FF")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$[0].description").isEqualTo("description is not valid UTF-8");
    }

    @Test
    void theReportIdIsATokenForTheServiceRequestId() throws Exception {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("api_key", "it-key-1");
        form.add("service_code", "street-vending");
        form.add("lat", "39.937");
        form.add("long", "116.455");
        form.add("attribute[GOODS][]", "fruit");
        form.add("attribute[GOODS][]", "food");
        form.add("description", "工体北路早市占道，联系电话13812345678");
        List<Map<String, Object>> created = json.readValue(post("requests.json", form).expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody(), new TypeReference<>() { });
        String id = (String) created.get(0).get("service_request_id");
        EventEnvelope<?> event = topics.awaitEvent(Topics.REPORTS_RECEIVED,
                e -> e.data() instanceof ReportReceived r && id.equals(r.sourceTicketId()), Duration.ofSeconds(30))
                .orElseThrow();
        ReportReceived received = (ReportReceived) event.data();
        assertThat(received.description()).isEqualTo("工体北路早市占道,联系电话138****5678");

        http.get().uri("/open311/v2/tokens/{token}.json", received.reportId()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].service_request_id").isEqualTo(id)
                .jsonPath("$[0].token").isEqualTo(received.reportId());
        http.get().uri("/api/v1/reports/{id}", received.reportId()).exchange()
                .expectBody().jsonPath("$.source.attributes.GOODS").isEqualTo(List.of("fruit", "food"));
        http.get().uri("/open311/v2/tokens/no-such-token.xml").exchange().expectStatus().isNotFound();
    }

    @Test
    void aRequestExpectsTheCategorysLimitAndIsClosedOnceTransferred() throws Exception {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("api_key", "it-key-2");
        form.add("service_code", "street-vending");
        form.add("lat", "39.938");
        form.add("long", "116.456");
        form.add("description", "路口占道摆摊");
        List<Map<String, Object>> created = json.readValue(post("requests.json", form).expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody(), new TypeReference<>() { });
        String id = (String) created.get(0).get("service_request_id");
        ReportReceived received = (ReportReceived) topics.awaitEvent(Topics.REPORTS_RECEIVED,
                e -> e.data() instanceof ReportReceived r && id.equals(r.sourceTicketId()), Duration.ofSeconds(30))
                .orElseThrow().data();
        OffsetDateTime requested = OffsetDateTime.ofInstant(received.receivedAt(), ZoneId.of("Asia/Shanghai"));

        http.get().uri("/open311/v2/requests/{id}.json", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].status").isEqualTo("open")
                .jsonPath("$[0].expected_datetime").isEqualTo(requested.plusHours(4)
                        .truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));

        String transferred = new String(GoldenSamples.sample(EventTypes.CASE_TRANSFERRED), StandardCharsets.UTF_8)
                .replace("3f1c2a9e-5b7d-4c11-9a0e-2d6f8b1c7e41", received.reportId());
        topics.send(Topics.CASES_EVENTS, "261123-00042", transferred.getBytes(StandardCharsets.UTF_8), Map.of());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get()
                .uri("/open311/v2/requests/{id}.json", id).exchange()
                .expectBody()
                .jsonPath("$[0].status").isEqualTo("closed")
                .jsonPath("$[0].expected_datetime").doesNotExist()
                .jsonPath("$[0].status_notes").value(notes -> assertThat((String) notes)
                        .startsWith("TRANSFERRED; case 261123-00042; transferred to 公安交通管理部门")
                        .endsWith("不属于城市管理职责，已转交公安交通管理部门")));
        http.get().uri("/open311/v2/requests.json?status=closed&service_code=street-vending").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.service_request_id == '" + id + "')]").exists();
    }

    private WebTestClient.ResponseSpec post(String path, MultiValueMap<String, String> form) {
        return http.post().uri("/open311/v2/" + path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form)).exchange();
    }

    /** A Chicago request as the form post a GeoReport client sends for it. */
    private static MultiValueMap<String, String> form(Map<String, Object> request) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("api_key", "it-key-1");
        form.add("service_code", SERVICES.get((String) request.get("service_name")));
        form.add("lat", String.valueOf(request.get("lat")));
        form.add("long", String.valueOf(request.get("long")));
        form.add("address_string", (String) request.get("address"));
        form.add("description", description(request));
        if (request.get("media_url") != null) {
            form.add("media_url", (String) request.get("media_url"));
        }
        Map<String, Object> attributes = attributesOf(request);
        for (String where : List.of("WHEREIST", "WHEREIS1", "WHEREISL")) {
            if (attributes.containsKey(where) && !"Street Light Out".equals(request.get("service_name"))) {
                form.add("attribute[WHERE]", "TRAFFIC".equals(attributes.get(where)) ? "carriageway" : "parkway");
            }
        }
        if ("Building Violation".equals(request.get("service_name"))) {
            if (attributes.get("WHATISTH") != null) {
                form.add("attribute[WHAT]", (String) attributes.get("WHATISTH"));
            }
            if (attributes.get("OWNEROC1") != null) {
                form.add("attribute[OWNER_OCCUPIED]", ((String) attributes.get("OWNEROC1")).toLowerCase());
            }
        }
        if ("Abandoned Vehicle".equals(request.get("service_name"))) {
            form.add("attribute[PLATE]", (String) attributes.get("FQSKA4"));
            form.add("attribute[DAYS_PARKED]", String.valueOf(attributes.get("HOWMANYD")));
        }
        return form;
    }

    private static String description(Map<String, Object> request) {
        Object what = attributesOf(request).get("WHATISTH");
        return what instanceof String text && !"Traffic Signal Out".equals(request.get("service_name"))
                ? text : request.get("service_name") + ": " + request.get("status_notes");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributesOf(Map<String, Object> request) {
        Object attributes = request.get("attributes");
        return attributes == null ? Map.of() : (Map<String, Object>) attributes;
    }

    private List<Map<String, Object>> chicagoRequests() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/open311/chicago_open311_georeport_v2_requests.json")) {
            return new ArrayList<>(json.readValue(in, new TypeReference<List<Map<String, Object>>>() { }));
        }
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }
}
