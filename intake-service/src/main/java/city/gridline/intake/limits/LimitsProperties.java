package city.gridline.intake.limits;

import city.gridline.intake.limits.adapter.web.AddressBlock;
import city.gridline.intake.limits.adapter.web.ForwardedHeader;
import city.gridline.intake.limits.domain.RateLimit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * {@code gridline.intake.limits}: the largest request body; the rate each client of the JSON API ({@code api}) and of
 * Open311 ({@code open311}) may send at; how many clients are told apart at once; how many requests one address may
 * have refused for their credentials (401) per minute before it is refused with 429 unchecked; the reverse proxies
 * ({@code trusted-proxies}: addresses and CIDR blocks) whose forwarding header names the client's address, none by
 * default, and which header they write ({@code forwarded-header}: {@code X-Forwarded-For} by default, or RFC 7239's
 * {@code Forwarded}).
 * {@code enabled=false} turns the rate limits off, the one on refused credentials included (the body size limit
 * stays).
 */
@ConfigurationProperties("gridline.intake.limits")
public record LimitsProperties(boolean enabled, DataSize maxBodySize, int maxClients, RateLimit api,
                               RateLimit open311, int refusedCredentialsPerMinute,
                               List<AddressBlock> trustedProxies, ForwardedHeader forwardedHeader) {

    public LimitsProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        forwardedHeader = forwardedHeader == null ? ForwardedHeader.X_FORWARDED_FOR : forwardedHeader;
        if (refusedCredentialsPerMinute < 1) {
            throw new IllegalArgumentException("gridline.intake.limits.refused-credentials-per-minute must be at"
                    + " least 1: " + refusedCredentialsPerMinute);
        }
    }
}
