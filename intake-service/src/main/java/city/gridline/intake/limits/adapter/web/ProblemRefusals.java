package city.gridline.intake.limits.adapter.web;

import city.gridline.servicekit.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refusals of the JSON API as RFC 9457 problems, with the types the API's own handler uses. Written by hand because
 * they leave a filter, before any handler (and its problem handling) is involved.
 */
public class ProblemRefusals implements RefusalWriter {

    private static final Map<HttpStatus, String> KINDS = Map.of(
            HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
            HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large");

    private final JsonMapper json;

    public ProblemRefusals(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.type(KINDS.get(status)).toString());
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", exchange.getRequest().getPath().value());
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.fromSupplier(() ->
                response.bufferFactory().wrap(json.writeValueAsBytes(problem))));
    }
}
