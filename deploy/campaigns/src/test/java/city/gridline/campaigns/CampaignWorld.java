package city.gridline.campaigns;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The real things the campaign's requests point at, so that bad input reaches validation instead of stopping at a
 * 404: one report filed and dispatched to a team's case, that team staffed with an officer and an assistant, an
 * inspection team with a supervisor, the grid's current layer and the report's cell. The corpus drives a case of
 * its own through its states, with its own officer, out of reach of the generated requests.
 */
record CampaignWorld(String reportId, String caseNumber, String teamId, String cellCode, String layerVersion,
                     String corpusCaseNumber) {

    static final String ADMIN = "admin";
    static final String COMMAND = "command";
    static final String OFFICER = "camp-officer";
    static final String ASSISTANT = "camp-assistant";
    static final String SUPERVISOR = "camp-supervisor";
    static final String CORPUS_OFFICER = "camp-corpus-officer";
    static final String INSPECTION_TEAM = "INSP-110105";
    static final String OPEN311_KEY = "campaign-key";

    private static final JsonMapper JSON = JsonMapper.shared();

    static CampaignWorld create(CampaignClient http) {
        String reportId = file(http, "0101", "116.455", "39.937");
        String corpusReportId = file(http, "200101", "116.4565", "39.9385");
        JsonNode report = awaitDispatched(http, reportId);
        JsonNode corpusReport = awaitDispatched(http, corpusReportId);
        String caseNumber = report.path("caseNumber").asString();
        String teamId = report.path("team").path("id").asString();
        accepted(http, "dispatch-service", "PUT", "/api/v1/members/" + OFFICER, "application/json", ADMIN,
                "{\"name\": \"王队员\", \"role\": \"OFFICER\", \"teamId\": \"" + teamId + "\"}");
        accepted(http, "dispatch-service", "PUT", "/api/v1/members/" + ASSISTANT, "application/json", ADMIN,
                "{\"name\": \"李协管\", \"role\": \"ASSISTANT\", \"teamId\": \"" + teamId + "\"}");
        accepted(http, "dispatch-service", "PUT", "/api/v1/teams/" + INSPECTION_TEAM, "application/json", ADMIN,
                "{\"name\": \"朝阳区督察队\", \"kind\": \"INSPECTION\", \"districtCode\": \"110105\"}");
        accepted(http, "dispatch-service", "PUT", "/api/v1/members/" + SUPERVISOR, "application/json", ADMIN,
                "{\"name\": \"赵监督员\", \"role\": \"SUPERVISOR\", \"teamId\": \"" + INSPECTION_TEAM + "\"}");
        accepted(http, "dispatch-service", "PUT", "/api/v1/members/" + CORPUS_OFFICER, "application/json", ADMIN,
                "{\"name\": \"张队员\", \"role\": \"OFFICER\", \"teamId\": \""
                        + corpusReport.path("team").path("id").asString() + "\"}");
        JsonNode layer = accepted(http, "grid-service", "GET", "/api/v1/layers/current", null, null, null);
        return new CampaignWorld(reportId, caseNumber, teamId, report.path("cell").path("code").asString(),
                layer.path("version").asString(), corpusReport.path("caseNumber").asString());
    }

    private static String file(CampaignClient http, String category, String lon, String lat) {
        return accepted(http, "intake-service", "POST", "/api/v1/reports", "application/json", null, """
                {"channel": "12319", "sourceTicketId": "12319-campaign-%s", "categoryCode": "%s",
                 "description": "井盖破损", "location": {"lon": %s, "lat": %s, "crs": "GCJ02"}}"""
                .formatted(UUID.randomUUID(), category, lon, lat)).path("reportId").asString();
    }

    /** Values for body fields and query parameters that Gridline knows by name. */
    Map<String, JsonNode> knownValues() {
        var nodes = JSON.getNodeFactory();
        return Map.ofEntries(
                Map.entry("channel", nodes.stringNode("12319")),
                Map.entry("categoryCode", nodes.stringNode("0101")),
                Map.entry("lon", nodes.numberNode(116.455)),
                Map.entry("lat", nodes.numberNode(39.937)),
                Map.entry("long", nodes.numberNode(116.455)),
                Map.entry("crs", nodes.stringNode("GCJ02")),
                Map.entry("teamId", nodes.stringNode(teamId)),
                Map.entry("intoCaseNumber", nodes.stringNode(caseNumber)),
                Map.entry("caseNumber", nodes.stringNode(caseNumber)),
                Map.entry("api_key", nodes.stringNode(OPEN311_KEY)),
                Map.entry("service_code", nodes.stringNode("pothole")),
                Map.entry("description", nodes.stringNode("路面坑洞 campaign")),
                Map.entry("phone", nodes.stringNode("13812345678")),
                Map.entry("to", nodes.stringNode("13812345678")));
    }

    /** A path parameter's real value, by service and name. */
    String pathValue(String service, String template, String name) {
        return switch (name) {
            case "caseNumber" -> caseNumber;
            case "teamId" -> teamId;
            case "memberId" -> OFFICER;
            case "reportId", "token" -> reportId;
            case "version" -> layerVersion;
            case "format" -> "json";
            case "ticket" -> "12345-campaign-none";
            case "evidenceId" -> "ev-campaign-none";
            case "code" -> template.startsWith("/open311/") ? "pothole"
                    : service.equals("grid-service") ? cellCode : "0101";
            case "id" -> template.startsWith("/open311/") ? "26-00000001" : "campaign-none";
            default -> "campaign";
        };
    }

    /** Who a dispatch call comes from: the member who may make it, so that bad input reaches validation. */
    static String memberFor(String template) {
        if (template.startsWith("/api/v1/mobile/tasks/{caseNumber}/verify")) {
            return SUPERVISOR;
        }
        if (template.startsWith("/api/v1/mobile/")) {
            return OFFICER;
        }
        if (template.startsWith("/api/v1/command-centre/")) {
            return COMMAND;
        }
        return ADMIN;
    }

    private static JsonNode awaitDispatched(CampaignClient http, String reportId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            JsonNode report = accepted(http, "intake-service", "GET", "/api/v1/reports/" + reportId, null, null, null);
            if (report.path("status").asString().equals("DISPATCHED")) {
                return report;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the campaign's report " + reportId + " was not dispatched");
    }

    private static JsonNode accepted(CampaignClient http, String service, String method, String path,
                                     String contentType, String member, String body) {
        var headers = new java.util.LinkedHashMap<String, String>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        headers.put("Authorization", member != null ? CampaignCallers.member(member) : CampaignCallers.operator());
        Answer answer = http.send(new BadRequest(service, "setup", method, path, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), "campaign setup"));
        if (answer.status() >= 300) {
            throw new IllegalStateException("setup " + method + " " + path + " failed: " + answer);
        }
        return JSON.readTree(answer.body());
    }
}
