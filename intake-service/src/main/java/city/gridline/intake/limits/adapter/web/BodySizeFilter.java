package city.gridline.intake.limits.adapter.web;

import city.gridline.intake.report.adapter.web.IntakeMetrics;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Refuses a body declared larger than the limit (413) before anything reads it — authentication included, which
 * reads an Open311 form for its {@code api_key}. A body sent without a declared length is held to the same size by
 * the codecs ({@code spring.http.codecs.max-in-memory-size}). Runs after the HTTP observation filter, so refusals
 * show in the request metrics too.
 */
public class BodySizeFilter implements WebFilter, Ordered {

    /** Before Spring Security's filter chain (-100). */
    static final int ORDER = -150;

    private final List<LimitedArea> areas;
    private final long maxBodyBytes;
    private final IntakeMetrics metrics;

    public BodySizeFilter(List<LimitedArea> areas, long maxBodyBytes, IntakeMetrics metrics) {
        this.areas = List.copyOf(areas);
        this.maxBodyBytes = maxBodyBytes;
        this.metrics = metrics;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared <= maxBodyBytes) {
            return chain.filter(exchange);
        }
        return LimitedArea.of(areas, exchange).map(area -> {
            metrics.refused(IntakeMetrics.Reason.TOO_LARGE);
            return area.refusals().write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large",
                    "The body has " + declared + " bytes; at most " + maxBodyBytes + " are accepted.");
        }).orElseGet(() -> chain.filter(exchange));
    }
}
