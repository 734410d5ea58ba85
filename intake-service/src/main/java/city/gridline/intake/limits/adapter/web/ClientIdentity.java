package city.gridline.intake.limits.adapter.web;

import city.gridline.intake.limits.domain.RateLimit;
import city.gridline.servicekit.security.Callers;
import city.gridline.servicekit.security.GridlineCaller;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;

/**
 * Who a request counts against: the authenticated caller (an API key, or a token's subject) with the key's own
 * rate when it has one; else, on the few open paths, the address it comes from.
 */
@FunctionalInterface
public interface ClientIdentity {

    Mono<Client> of(ServerWebExchange exchange);

    /** With {@code ownLimits} false (rate limits off), a key's own rate is disregarded too. */
    static ClientIdentity callerOrAddress(boolean ownLimits) {
        return exchange -> Callers.current()
                .map(caller -> new Client("caller " + caller.id(), ownLimits ? rateOf(caller) : null))
                .switchIfEmpty(Mono.fromSupplier(() -> new Client(address(exchange.getRequest()), null)));
    }

    private static RateLimit rateOf(GridlineCaller caller) {
        return caller.rate() == null ? null : new RateLimit(caller.rate().perSecond(), caller.rate().burst());
    }

    /** The address a request comes from, as clients are told apart by it. */
    static String address(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return "address " + (remote == null || remote.getAddress() == null ? "unknown"
                : remote.getAddress().getHostAddress());
    }

    /** A client, and its own rate limit ({@code null}: the default of the paths it calls). */
    record Client(String key, RateLimit ownLimit) {
    }
}
