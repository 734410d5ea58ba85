package city.gridline.campaigns;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The notification service's public endpoints, listed by hand from its controllers and README: it publishes no
 * OpenAPI document. The schemas are the few fields each body and query has.
 */
final class NotificationOperations {

    private static final String SERVICE = "notification-service";

    private NotificationOperations() {
    }

    static List<Operation> all() {
        return List.of(
                get("/api/v1/notifications", query("state", enumOf("PENDING", "SENT", "FAILED", "HELD")),
                        query("caseNumber", string()), query("limit", integer()), query("page", integer())),
                get("/api/v1/notifications/{id}"),
                post("/api/v1/notifications/{id}/resend", null),
                post("/api/v1/notifications/{id}/discard", null),
                post("/api/v1/notifications/held/release", null),
                post("/api/v1/notifications/held/discard", null),
                get("/api/v1/push/teams/{teamId}"),
                get("/api/v1/assessment", query("groupBy", enumOf("district", "street", "team", "category")),
                        query("from", date()), query("to", date())),
                get("/api/v1/public/cases/{caseNumber}"),
                get("/api/v1/cases/{caseNumber}/timeline"),
                get("/api/v1/cases/{caseNumber}/deadline"),
                get("/api/v1/callbacks", query("state", enumOf("OPEN", "DONE")), query("page", integer()),
                        query("size", integer())),
                post("/api/v1/callbacks/{caseNumber}/result", schema("""
                        {"type": "object", "properties": {"result": {"type": "string", "enum": ["SATISFIED",
                         "BASICALLY_SATISFIED", "UNSATISFIED"]}, "comment": {"type": "string"},
                         "operator": {"type": "string"}}, "required": ["result", "operator"]}""")),
                get("/loopback/sms"),
                post("/loopback/sms", schema("""
                        {"type": "object", "properties": {"to": {"type": "string", "example": "13812345678"},
                         "text": {"type": "string"}, "reference": {"type": "string"}},
                         "required": ["to", "text"]}""")));
    }

    private static Operation get(String template, Operation.Parameter... query) {
        return new Operation(SERVICE, "GET", template, pathParameters(template), List.of(query), List.of(), null,
                List.of());
    }

    private static Operation post(String template, JsonNode body) {
        return new Operation(SERVICE, "POST", template, pathParameters(template), List.of(),
                body == null ? List.of() : List.of("application/json"), body, List.of());
    }

    private static List<Operation.Parameter> pathParameters(String template) {
        return java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template).results()
                .map(match -> new Operation.Parameter(match.group(1), string(), true)).toList();
    }

    private static Operation.Parameter query(String name, JsonNode schema) {
        return new Operation.Parameter(name, schema, false);
    }

    private static JsonNode string() {
        return schema("{\"type\": \"string\"}");
    }

    private static JsonNode integer() {
        return schema("{\"type\": \"integer\", \"format\": \"int32\"}");
    }

    private static JsonNode date() {
        return schema("{\"type\": \"string\", \"format\": \"date\"}");
    }

    private static JsonNode enumOf(String... values) {
        var node = JsonMapper.shared().createObjectNode().put("type", "string");
        var array = node.putArray("enum");
        for (String value : values) {
            array.add(value);
        }
        return node;
    }

    private static JsonNode schema(String json) {
        return JsonMapper.shared().readTree(json);
    }
}
