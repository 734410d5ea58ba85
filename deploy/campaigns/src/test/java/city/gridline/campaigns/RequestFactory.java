package city.gridline.campaigns;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds the plausible parts of a request to an operation — the path with real ids, the query, the caller's
 * identity, a body — which a fault then spoils in one place.
 */
final class RequestFactory {

    /** Fields that make a request new each time: a plausible body must not replay an earlier one by accident. */
    private static final Map<String, String> FRESH_FIELDS = Map.of(
            "clientOperationId", "op-", "sourceTicketId", "12319-campaign-", "incidentNumber", "110-campaign-",
            "clientReportId", "field-", "ticketNumber", "12345-campaign-");

    private final CampaignWorld world;
    private final SampleBodies samples;

    RequestFactory(CampaignWorld world) {
        this.world = world;
        this.samples = new SampleBodies(world.knownValues());
    }

    String path(Operation operation, Map<String, String> encodedOverrides) {
        String path = operation.template();
        for (Operation.Parameter parameter : operation.pathParameters()) {
            String value = encodedOverrides.containsKey(parameter.name()) ? encodedOverrides.get(parameter.name())
                    : encode(world.pathValue(operation.service(), operation.template(), parameter.name()));
            path = path.replace("{" + parameter.name() + "}", value);
        }
        return path;
    }

    /** The query with every required parameter (and, when {@code optional}, the others) at a plausible value. */
    Map<String, String> query(Operation operation, boolean optional) {
        Map<String, String> query = new LinkedHashMap<>();
        for (Operation.Parameter parameter : operation.queryParameters()) {
            if (parameter.required() || optional) {
                JsonNode value = samples.fromSchema(parameter.name(), parameter.schema(), 0);
                query.put(parameter.name(), value.isValueNode() ? value.asString() : value.toString());
            }
        }
        if (operation.isOpen311() && operation.method().equals("GET")) {
            query.putIfAbsent("api_key", CampaignWorld.OPEN311_KEY);
        }
        return query;
    }

    static String withQuery(String path, Map<String, String> encodedQuery) {
        if (encodedQuery.isEmpty()) {
            return path;
        }
        return path + "?" + encodedQuery.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> encoded(Map<String, String> query) {
        Map<String, String> encoded = new LinkedHashMap<>();
        query.forEach((name, value) -> encoded.put(encode(name), encode(value)));
        return encoded;
    }

    Map<String, String> headers(Operation operation) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (operation.service().equals("dispatch-service")) {
            headers.put("Authorization", CampaignCallers.member(CampaignWorld.memberFor(operation.template())));
        } else if (!operation.isOpen311()) {
            headers.put("Authorization", CampaignCallers.operator());
        }
        return headers;
    }

    String contentType(Operation operation) {
        if (operation.takesForm()) {
            return "application/x-www-form-urlencoded";
        }
        return operation.mediaTypes().stream().filter(type -> type.contains("json")).findFirst()
                .orElse(operation.mediaTypes().isEmpty() ? "application/json" : operation.mediaTypes().get(0));
    }

    /** A plausible JSON body: an example or one from the schema, with its idempotency keys fresh. */
    JsonNode plausibleJson(Operation operation, Random random) {
        JsonNode body = samples.plausible(operation, random.nextInt(16));
        if (body instanceof ObjectNode object) {
            FRESH_FIELDS.forEach((field, prefix) -> {
                if (object.has(field)) {
                    object.put(field, prefix + UUID.randomUUID().toString().substring(0, 18));
                }
            });
        }
        return body;
    }

    /** A plausible Open311 create form: key, service, location, description. */
    static Map<String, String> plausibleOpen311Form() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", CampaignWorld.OPEN311_KEY);
        form.put("service_code", "pothole");
        form.put("lat", "39.937");
        form.put("long", "116.455");
        form.put("description", "路面坑洞 campaign " + UUID.randomUUID());
        form.put("attribute[WHERE]", "carriageway");
        return form;
    }

    static String formBody(Map<String, String> encodedForm) {
        return encodedForm.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    static byte[] bytes(JsonNode body) {
        return JsonMapper.shared().writeValueAsBytes(body);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
