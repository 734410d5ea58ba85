package city.gridline.campaigns;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * A plausible request body for an operation: its first example when it has one, else one built from its schema,
 * with the values a real caller would send for the fields Gridline knows by name (a location in Chaoyang, a
 * catalogue code, the campaign's own case and team).
 */
final class SampleBodies {

    private static final int MAX_DEPTH = 6;

    private final Map<String, JsonNode> knownValues;

    SampleBodies(Map<String, JsonNode> knownValues) {
        this.knownValues = knownValues;
    }

    JsonNode plausible(Operation operation, int exampleIndex) {
        if (!operation.examples().isEmpty()) {
            return operation.examples().get(Math.floorMod(exampleIndex, operation.examples().size())).deepCopy();
        }
        return operation.bodySchema() == null ? JsonMapper.shared().createObjectNode()
                : fromSchema(null, operation.bodySchema(), 0);
    }

    JsonNode fromSchema(String name, JsonNode schema, int depth) {
        var nodes = JsonMapper.shared().getNodeFactory();
        if (name != null && knownValues.containsKey(name)) {
            return knownValues.get(name).deepCopy();
        }
        if (schema.has("example")) {
            return schema.get("example").deepCopy();
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0).deepCopy();
        }
        if (schema.has("allOf") && !schema.get("allOf").isEmpty()) {
            return fromSchema(name, schema.get("allOf").get(0), depth);
        }
        if (schema.has("oneOf") && !schema.get("oneOf").isEmpty()) {
            return fromSchema(name, schema.get("oneOf").get(0), depth);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asString()
                : schema.path("type").asString("object");
        return switch (type) {
            case "string" -> nodes.stringNode(sampleString(schema.path("format").asString("")));
            case "integer" -> nodes.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            case "number" -> nodes.numberNode(schema.path("minimum").asDouble(1.0));
            case "boolean" -> nodes.booleanNode(true);
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                if (depth < MAX_DEPTH && schema.has("items")) {
                    array.add(fromSchema(null, schema.get("items"), depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = nodes.objectNode();
                if (depth < MAX_DEPTH) {
                    schema.path("properties").properties().forEach(property -> object.set(property.getKey(),
                            fromSchema(property.getKey(), property.getValue(), depth + 1)));
                }
                yield object;
            }
        };
    }

    private static String sampleString(String format) {
        return switch (format) {
            case "date-time" -> java.time.OffsetDateTime.now().withNano(0).toString();
            case "date" -> java.time.LocalDate.now().toString();
            case "uuid" -> java.util.UUID.randomUUID().toString();
            default -> "campaign";
        };
    }
}
