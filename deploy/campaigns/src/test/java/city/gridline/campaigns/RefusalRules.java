package city.gridline.campaigns;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * What every answer must be: never a 5xx (nor a dropped connection); a refusal an RFC 9457 problem
 * ({@code application/problem+json} with {@code type}, {@code title} and the same {@code status}), or on Open311 the
 * spec's error list ({@code [{code, description}]} in JSON, {@code <errors><error>…} in XML).
 */
final class RefusalRules {

    private static final JsonMapper JSON = JsonMapper.shared();

    private RefusalRules() {
    }

    /** Why the answer breaks the rules, or empty when it keeps them. */
    static Optional<String> broken(BadRequest request, Answer answer) {
        if (answer.status() < 0) {
            return Optional.of("no answer");
        }
        if (answer.status() >= 500) {
            return Optional.of("server error " + answer.status());
        }
        if (answer.status() < 400 || isHttpServerRefusal(answer)) {
            return Optional.empty();
        }
        if (request.isOpen311() && isOpen311ErrorList(answer)) {
            return Optional.empty();
        }
        return problemFault(answer);
    }

    /**
     * A request line or header block over the HTTP server's limits (4 KB, 8 KB) is refused by Netty before any
     * application code runs, with an empty 414 or 431: no service can answer it with a problem.
     */
    static boolean isHttpServerRefusal(Answer answer) {
        return (answer.status() == 414 || answer.status() == 431) && answer.body().length == 0;
    }

    private static Optional<String> problemFault(Answer answer) {
        if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
            return Optional.of("refusal " + answer.status() + " is not application/problem+json but "
                    + answer.contentType());
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (RuntimeException e) {
            return Optional.of("problem body is not JSON");
        }
        if (!problem.path("type").isString() || problem.path("type").asString().isBlank()) {
            return Optional.of("problem without type");
        }
        if (!problem.path("title").isString() || problem.path("title").asString().isBlank()) {
            return Optional.of("problem without title");
        }
        if (problem.path("status").asInt(-1) != answer.status()) {
            return Optional.of("problem status " + problem.path("status") + " ≠ " + answer.status());
        }
        return Optional.empty();
    }

    private static boolean isOpen311ErrorList(Answer answer) {
        String type = answer.contentType() == null ? "" : answer.contentType();
        if (type.contains("xml")) {
            String text = answer.text();
            return text.contains("<errors>") && text.contains("<code>" + answer.status() + "</code>")
                    && text.contains("<description>");
        }
        try {
            JsonNode list = JSON.readTree(answer.body());
            return list.isArray() && !list.isEmpty() && list.get(0).path("code").asInt() == answer.status()
                    && list.get(0).path("description").isString();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
