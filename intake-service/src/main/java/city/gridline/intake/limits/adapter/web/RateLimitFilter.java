package city.gridline.intake.limits.adapter.web;

import city.gridline.intake.limits.domain.Admission;
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
 * Refuses a client over its rate (429 with Retry-After) before anything is read or stored. Runs after
 * authentication, so that the client is the authenticated caller, held to its API key's own rate when it has one.
 */
public class RateLimitFilter implements WebFilter, Ordered {

    private final List<LimitedArea> areas;
    private final IntakeMetrics metrics;

    public RateLimitFilter(List<LimitedArea> areas, IntakeMetrics metrics) {
        this.areas = List.copyOf(areas);
        this.metrics = metrics;
    }

    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return LimitedArea.of(areas, exchange).map(area -> guard(area, exchange, chain))
                .orElseGet(() -> chain.filter(exchange));
    }

    private Mono<Void> guard(LimitedArea area, ServerWebExchange exchange, WebFilterChain chain) {
        return area.identity().of(exchange).flatMap(client -> {
            Admission admission = area.limits().take(client.key(), client.ownLimit(), System.nanoTime());
            if (admission.admitted()) {
                return chain.filter(exchange);
            }
            metrics.refused(IntakeMetrics.Reason.RATE_LIMITED);
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER,
                    Long.toString(admission.retryAfterSeconds()));
            return area.refusals().write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                    "This client sent more requests than it may; retry after " + admission.retryAfterSeconds()
                            + " s. A report sent again with the same ticket is not filed twice.");
        });
    }
}
