package city.gridline.intake.limits;

import city.gridline.intake.limits.adapter.web.ClientIdentity;
import city.gridline.intake.limits.adapter.web.LimitedArea;
import city.gridline.intake.limits.adapter.web.ProblemRefusals;
import city.gridline.intake.limits.adapter.web.RequestLimitsFilter;
import city.gridline.intake.limits.domain.ClientLimits;
import city.gridline.intake.limits.domain.RateLimit;
import city.gridline.intake.open311.adapter.web.Open311Refusals;
import city.gridline.intake.report.adapter.web.IntakeMetrics;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Request size and rate limits on the JSON API (per {@code X-Api-Key}, else per address) and on Open311 (per
 * {@code api_key}, else per address). The buckets are Gridline's own rather than Resilience4j rate limiters: one
 * limiter per client would be one metric series per client address.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class LimitsConfiguration {

    /** Far above any rate: with rate limits off, every client's bucket is always full. */
    private static final RateLimit UNLIMITED = new RateLimit(1e9, Integer.MAX_VALUE);

    @Bean
    RequestLimitsFilter requestLimitsFilter(LimitsProperties limits, JsonMapper json, IntakeMetrics metrics) {
        RateLimit api = limits.enabled() ? limits.api() : UNLIMITED;
        RateLimit open311 = limits.enabled() ? limits.open311() : UNLIMITED;
        return new RequestLimitsFilter(List.of(
                new LimitedArea("/api/", new ClientLimits(api, limits.maxClients()),
                        ClientIdentity.apiKeyHeaderOrAddress(), new ProblemRefusals(json)),
                new LimitedArea("/open311/", new ClientLimits(open311, limits.maxClients()),
                        ClientIdentity.apiKeyParameterOrAddress(), new Open311Refusals(json))),
                limits.maxBodySize().toBytes(), metrics);
    }
}
