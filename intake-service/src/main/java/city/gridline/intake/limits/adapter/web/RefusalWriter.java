package city.gridline.intake.limits.adapter.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes a refusal in the shape the refused endpoint's clients read errors in. */
@FunctionalInterface
public interface RefusalWriter {

    Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String title, String detail);
}
