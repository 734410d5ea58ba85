package city.gridline.intake.limits;

import city.gridline.intake.limits.domain.RateLimit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code gridline.intake.limits}: the largest request body; the rate each client of the JSON API ({@code api}) and of
 * Open311 ({@code open311}) may send at; how many clients are told apart at once. {@code enabled=false} turns the
 * rate limits off (the body size limit stays).
 */
@ConfigurationProperties("gridline.intake.limits")
public record LimitsProperties(boolean enabled, DataSize maxBodySize, int maxClients, RateLimit api,
                               RateLimit open311) {
}
