package city.gridline.intake.limits.adapter.web;

import city.gridline.servicekit.ProblemResponses;
import city.gridline.servicekit.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Map;

/** Refusals of the JSON API as RFC 9457 problems, with the types the API's own handler uses. */
public class ProblemRefusals implements RefusalWriter {

    private static final Map<HttpStatus, String> KINDS = Map.of(
            HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
            HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large");

    @Override
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String title, String detail) {
        return ProblemResponses.write(exchange, Problems.of(status, KINDS.get(status), title, detail));
    }
}
