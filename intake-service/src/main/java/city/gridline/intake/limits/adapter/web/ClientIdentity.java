package city.gridline.intake.limits.adapter.web;

import city.gridline.intake.limits.domain.RateLimit;
import city.gridline.servicekit.security.Callers;
import city.gridline.servicekit.security.GridlineCaller;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who a request counts against: the authenticated caller (an API key, or a token's subject) with the key's own
 * rate when it has one; else, on the few open paths, the address it comes from ({@link ClientAddresses}).
 */
@FunctionalInterface
public interface ClientIdentity {

    Mono<Client> of(ServerWebExchange exchange);

    /** With {@code ownLimits} false (rate limits off), a key's own rate is disregarded too. */
    static ClientIdentity callerOrAddress(boolean ownLimits, ClientAddresses addresses) {
        return exchange -> Callers.current()
                .map(caller -> new Client("caller " + caller.id(), ownLimits ? rateOf(caller) : null))
                .switchIfEmpty(Mono.fromSupplier(() -> new Client(addresses.of(exchange.getRequest()), null)));
    }

    private static RateLimit rateOf(GridlineCaller caller) {
        return caller.rate() == null ? null : new RateLimit(caller.rate().perSecond(), caller.rate().burst());
    }

    /** A client, and its own rate limit ({@code null}: the default of the paths it calls). */
    record Client(String key, RateLimit ownLimit) {
    }
}
