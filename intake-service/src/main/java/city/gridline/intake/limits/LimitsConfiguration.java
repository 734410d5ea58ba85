package city.gridline.intake.limits;

import city.gridline.intake.limits.adapter.web.BodySizeFilter;
import city.gridline.intake.limits.adapter.web.ClientAddresses;
import city.gridline.intake.limits.adapter.web.ClientIdentity;
import city.gridline.intake.limits.adapter.web.LimitedArea;
import city.gridline.intake.limits.adapter.web.ProblemRefusals;
import city.gridline.intake.limits.adapter.web.RateLimitFilter;
import city.gridline.intake.limits.adapter.web.RefusedCredentialsFilter;
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
 * Request size and rate limits on the JSON API and on Open311, per authenticated caller (at an API key's own rate
 * when it has one), else per address; and a limit per address on requests refused for their credentials. An
 * address is the client's, also behind trusted proxies ({@link ClientAddresses}). The buckets are Gridline's own
 * rather than Resilience4j rate limiters: one limiter per client would be one metric series per client address.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class LimitsConfiguration {

    /** Far above any rate: with rate limits off, every client's bucket is always full. */
    private static final RateLimit UNLIMITED = new RateLimit(1e9, Integer.MAX_VALUE);

    @Bean
    ClientAddresses clientAddresses(LimitsProperties limits) {
        return new ClientAddresses(limits.trustedProxies(), limits.forwardedHeader());
    }

    @Bean
    LimitedAreas limitedAreas(LimitsProperties limits, ClientAddresses addresses, JsonMapper json) {
        RateLimit api = limits.enabled() ? limits.api() : UNLIMITED;
        RateLimit open311 = limits.enabled() ? limits.open311() : UNLIMITED;
        return new LimitedAreas(List.of(
                new LimitedArea("/api/", new ClientLimits(api, limits.maxClients()),
                        ClientIdentity.callerOrAddress(limits.enabled(), addresses), new ProblemRefusals()),
                new LimitedArea("/open311/", new ClientLimits(open311, limits.maxClients()),
                        ClientIdentity.callerOrAddress(limits.enabled(), addresses), new Open311Refusals(json))));
    }

    @Bean
    BodySizeFilter bodySizeFilter(LimitedAreas areas, LimitsProperties limits, IntakeMetrics metrics) {
        return new BodySizeFilter(areas.areas(), limits.maxBodySize().toBytes(), metrics);
    }

    /** Refused credentials per address: the allowance per minute, all of it at once, refilling over the minute. */
    @Bean
    RefusedCredentialsFilter refusedCredentialsFilter(LimitedAreas areas, LimitsProperties limits,
                                                      IntakeMetrics metrics, ClientAddresses addresses) {
        int perMinute = limits.refusedCredentialsPerMinute();
        RateLimit allowance = limits.enabled() ? new RateLimit(perMinute / 60.0, perMinute) : UNLIMITED;
        return new RefusedCredentialsFilter(areas.areas(), new ClientLimits(allowance, limits.maxClients()), metrics,
                addresses);
    }

    @Bean
    RateLimitFilter rateLimitFilter(LimitedAreas areas, IntakeMetrics metrics) {
        return new RateLimitFilter(areas.areas(), metrics);
    }

    /** The limited parts of the API, shared by the size and the rate filter. */
    record LimitedAreas(List<LimitedArea> areas) {
    }
}
