package city.gridline.intake.open311.adapter.web;

import city.gridline.intake.limits.adapter.web.RefusalWriter;
import city.gridline.intake.open311.domain.Open311Error;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Refusals of requests to the Open311 endpoint before they reach it, as GeoReport error lists. */
public class Open311Refusals implements RefusalWriter {

    private final JsonMapper json;

    public Open311Refusals(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String title, String detail) {
        ResponseEntity<String> errors = GeoReportFormat.ofPath(exchange.getRequest().getPath().value())
                .errors(status, List.of(new Open311Error(status.value(), detail)), json);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(errors.getHeaders().getContentType());
        byte[] body = errors.getBody().getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }
}
