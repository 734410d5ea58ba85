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
 * Refuses, before anything is read or stored, a body declared larger than the limit (413) and a client over its
 * rate (429 with Retry-After). A body sent without a declared length is held to the same size by the codecs
 * ({@code spring.http.codecs.max-in-memory-size}). Runs after the HTTP observation filter, so refusals show in the
 * request metrics too.
 */
public class RequestLimitsFilter implements WebFilter, Ordered {

    private final List<LimitedArea> areas;
    private final long maxBodyBytes;
    private final IntakeMetrics metrics;

    public RequestLimitsFilter(List<LimitedArea> areas, long maxBodyBytes, IntakeMetrics metrics) {
        this.areas = List.copyOf(areas);
        this.maxBodyBytes = maxBodyBytes;
        this.metrics = metrics;
    }

    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        for (LimitedArea area : areas) {
            if (path.startsWith(area.pathPrefix())) {
                return guard(area, exchange, chain);
            }
        }
        return chain.filter(exchange);
    }

    private Mono<Void> guard(LimitedArea area, ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBodyBytes) {
            metrics.refused(IntakeMetrics.Reason.TOO_LARGE);
            return area.refusals().write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large",
                    "The body has " + declared + " bytes; at most " + maxBodyBytes + " are accepted.");
        }
        return area.identity().of(exchange).flatMap(client -> {
            Admission admission = area.limits().take(client, System.nanoTime());
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
