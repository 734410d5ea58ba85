package city.gridline.intake.limits.adapter.web;

import city.gridline.intake.limits.domain.Admission;
import city.gridline.intake.limits.domain.ClientLimits;
import city.gridline.intake.report.adapter.web.IntakeMetrics;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Holds back an address ({@link ClientAddresses}) that keeps presenting bad credentials. Every request from it
 * refused with 401 takes one from the address's allowance ({@code limits}: refused credentials per minute, refilling
 * at that rate); an address with none left is refused with 429 and Retry-After before its credentials are even
 * checked, so a flood of guessed keys or tokens costs neither key lookups nor signature checks. Requests that
 * authenticate take nothing. Runs before Spring Security's filter chain, after the size limit.
 */
public class RefusedCredentialsFilter implements WebFilter, Ordered {

    static final int ORDER = BodySizeFilter.ORDER + 10;

    private final List<LimitedArea> areas;
    private final ClientLimits limits;
    private final IntakeMetrics metrics;
    private final ClientAddresses addresses;

    public RefusedCredentialsFilter(List<LimitedArea> areas, ClientLimits limits, IntakeMetrics metrics,
                                    ClientAddresses addresses) {
        this.areas = List.copyOf(areas);
        this.limits = limits;
        this.metrics = metrics;
        this.addresses = addresses;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return LimitedArea.of(areas, exchange).map(area -> guard(area, exchange, chain))
                .orElseGet(() -> chain.filter(exchange));
    }

    private Mono<Void> guard(LimitedArea area, ServerWebExchange exchange, WebFilterChain chain) {
        String address = addresses.of(exchange.getRequest());
        Admission admission = limits.peek(address, System.nanoTime());
        if (!admission.admitted()) {
            metrics.refused(IntakeMetrics.Reason.RATE_LIMITED);
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER,
                    Long.toString(admission.retryAfterSeconds()));
            return area.refusals().write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many refused credentials",
                    "Too many requests from this address were refused for their credentials; retry after "
                            + admission.retryAfterSeconds() + " s with a valid token or API key.");
        }
        exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> {
            if (HttpStatus.UNAUTHORIZED.equals(exchange.getResponse().getStatusCode())) {
                limits.take(address, System.nanoTime());
            }
        }));
        return chain.filter(exchange);
    }
}
