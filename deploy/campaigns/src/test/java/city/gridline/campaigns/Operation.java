package city.gridline.campaigns;

import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * One public endpoint as its OpenAPI document describes it: method, path template, parameters, the request body's
 * media types, its schema (with every {@code $ref} resolved) and its examples.
 */
record Operation(String service, String method, String template, List<Parameter> pathParameters,
                 List<Parameter> queryParameters, List<String> mediaTypes, JsonNode bodySchema,
                 List<JsonNode> examples) {

    record Parameter(String name, JsonNode schema, boolean required) {
    }

    String label() {
        return method + " " + template;
    }

    boolean hasBody() {
        return !mediaTypes.isEmpty();
    }

    boolean takesJson() {
        return mediaTypes.stream().anyMatch(type -> type.contains("json"));
    }

    boolean takesForm() {
        return mediaTypes.contains("application/x-www-form-urlencoded");
    }

    boolean takesMultipart() {
        return mediaTypes.contains("multipart/form-data");
    }

    boolean isOpen311() {
        return template.startsWith("/open311/");
    }

    boolean streams() {
        return template.startsWith("/api/v1/push/");
    }
}
