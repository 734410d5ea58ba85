package city.gridline.intake.limits.adapter.web;

import city.gridline.intake.report.adapter.web.IntakeMetrics;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
        if (declared < 0 && isForm(exchange)) {
            return formWithoutLength(exchange, chain);
        }
        if (declared <= maxBodyBytes) {
            return chain.filter(exchange);
        }
        return LimitedArea.of(areas, exchange)
                .map(area -> refuse(exchange, area, "The body has " + declared + " bytes; at most " + maxBodyBytes
                        + " are accepted."))
                .orElseGet(() -> chain.filter(exchange));
    }

    /**
     * A form sent without its length is read here — the exchange keeps it for the API-key check and the endpoint —
     * so that one over the limit is refused as such, not taken for a form without a key.
     */
    private Mono<Void> formWithoutLength(ServerWebExchange exchange, WebFilterChain chain) {
        return LimitedArea.of(areas, exchange)
                .map(area -> exchange.getFormData()
                        .thenReturn(true)
                        .onErrorReturn(DataBufferLimitException.class, false)
                        // a malformed form is the endpoint's to refuse (400): it reads the same outcome
                        .onErrorReturn(IllegalArgumentException.class, true)
                        .flatMap(withinLimit -> withinLimit ? chain.filter(exchange) : refuse(exchange, area,
                                "The body has more than " + maxBodyBytes + " bytes, the most accepted.")))
                .orElseGet(() -> chain.filter(exchange));
    }

    private Mono<Void> refuse(ServerWebExchange exchange, LimitedArea area, String detail) {
        metrics.refused(IntakeMetrics.Reason.TOO_LARGE);
        return area.refusals().write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large", detail);
    }

    private static boolean isForm(ServerWebExchange exchange) {
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        return type != null && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type);
    }
}
