package city.gridline.campaigns;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a service's operations from its OpenAPI 3 document ({@code GET /v3/api-docs}). */
final class OpenApiOperations {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final int MAX_REF_DEPTH = 12;

    private final String service;
    private final JsonNode document;

    OpenApiOperations(String service, JsonNode document) {
        this.service = service;
        this.document = document;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    operations.add(operation(method.toUpperCase(), path.getKey(), path.getValue(), operation));
                }
            }
        }
        return operations;
    }

    private Operation operation(String method, String template, JsonNode pathItem, JsonNode operation) {
        List<Operation.Parameter> pathParameters = new ArrayList<>();
        List<Operation.Parameter> queryParameters = new ArrayList<>();
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            JsonNode resolved = resolve(parameter, 0);
            Operation.Parameter p = new Operation.Parameter(resolved.path("name").asString(),
                    resolve(resolved.path("schema"), 0), resolved.path("required").asBoolean(false));
            switch (resolved.path("in").asString()) {
                case "path" -> pathParameters.add(p);
                case "query" -> queryParameters.add(p);
                default -> { }
            }
        }
        List<String> mediaTypes = new ArrayList<>();
        JsonNode schema = null;
        List<JsonNode> examples = new ArrayList<>();
        JsonNode requestBody = resolve(operation.path("requestBody"), 0);
        for (Map.Entry<String, JsonNode> content : requestBody.path("content").properties()) {
            mediaTypes.add(content.getKey());
            JsonNode media = content.getValue();
            if (schema == null && !media.path("schema").isMissingNode()) {
                schema = resolve(media.path("schema"), 0);
            }
            if (media.has("example")) {
                examples.add(media.get("example"));
            }
            media.path("examples").forEach(example -> {
                JsonNode value = resolve(example, 0).path("value");
                if (!value.isMissingNode()) {
                    examples.add(value);
                }
            });
        }
        return new Operation(service, method, template, pathParameters, queryParameters, mediaTypes, schema, examples);
    }

    /** The node with every {@code $ref} inside it replaced by what it points at (cycles cut at a depth). */
    private JsonNode resolve(JsonNode node, int depth) {
        if (node == null || node.isMissingNode()) {
            return node;
        }
        if (node.isObject() && node.has("$ref")) {
            if (depth > MAX_REF_DEPTH) {
                return JsonMapper.shared().createObjectNode();
            }
            return resolve(document.at(node.get("$ref").asString().substring(1)), depth + 1);
        }
        if (node.isObject()) {
            ObjectNode copy = JsonMapper.shared().createObjectNode();
            node.properties().forEach(entry -> copy.set(entry.getKey(),
                    entry.getKey().equals("example") || entry.getKey().equals("examples") ? entry.getValue()
                            : resolve(entry.getValue(), depth)));
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonMapper.shared().createArrayNode();
            node.forEach(item -> copy.add(resolve(item, depth)));
            return copy;
        }
        return node;
    }
}
