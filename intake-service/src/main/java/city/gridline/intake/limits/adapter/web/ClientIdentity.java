package city.gridline.intake.limits.adapter.web;

import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;

/** Who a request counts against: the client's api key when it names one, else the address it comes from. */
@FunctionalInterface
public interface ClientIdentity {

    String API_KEY_HEADER = "X-Api-Key";

    Mono<String> of(ServerWebExchange exchange);

    /** The JSON API: the {@code X-Api-Key} header. */
    static ClientIdentity apiKeyHeaderOrAddress() {
        return exchange -> {
            String key = exchange.getRequest().getHeaders().getFirst(API_KEY_HEADER);
            return Mono.just(key == null || key.isBlank() ? address(exchange.getRequest()) : "key " + key.strip());
        };
    }

    /**
     * Open311: the {@code api_key} parameter, from the query or a form-posted body (which the exchange reads once
     * and keeps for the endpoint). A body that is not valid url-encoding counts against the address; the endpoint
     * refuses it.
     */
    static ClientIdentity apiKeyParameterOrAddress() {
        return exchange -> {
            ServerHttpRequest request = exchange.getRequest();
            String inQuery = request.getQueryParams().getFirst("api_key");
            if (inQuery != null && !inQuery.isBlank()) {
                return Mono.just("key " + inQuery.strip());
            }
            MediaType type = request.getHeaders().getContentType();
            if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
                return Mono.just(address(request));
            }
            return exchange.getFormData().map(form -> {
                String key = form.getFirst("api_key");
                return key == null || key.isBlank() ? address(request) : "key " + key.strip();
            }).onErrorResume(IllegalArgumentException.class, malformed -> Mono.just(address(request)));
        };
    }

    private static String address(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return "address " + (remote == null || remote.getAddress() == null ? "unknown"
                : remote.getAddress().getHostAddress());
    }
}
