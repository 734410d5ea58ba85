package city.gridline.notification.config;

import city.gridline.contracts.TimeLimit;
import city.gridline.notification.deadline.domain.EscalationLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/** {@code gridline.notification.*}; the defaults are in application.yml and the README. */
@ConfigurationProperties("gridline.notification")
public record NotificationProperties(ZoneId zone, Calendar calendar, Deadline deadline, Delivery delivery,
                                     QuietHours quietHours, Sms sms, Map<String, String> teamPhones) {

    public NotificationProperties {
        teamPhones = teamPhones == null ? Map.of() : Map.copyOf(teamPhones);
    }

    /** {@code extraFile}: a holiday list read after the bundled one, overriding it date by date; optional. */
    public record Calendar(Path extraFile) {
    }

    /**
     * {@code defaultLimit}: the handling limit of every dispatched case until dispatch sends one per case.
     * {@code escalation}: how long past the deadline each level is reached.
     */
    public record Deadline(double warningShare, TimeLimit defaultLimit, Map<EscalationLevel, Duration> escalation) {
    }

    public record Delivery(int maxRounds, Duration roundBackoff, Duration claimFor, int batchSize, int concurrency,
                           Duration pollInterval) {
    }

    public record QuietHours(LocalTime start, LocalTime end) {
    }

    public record Sms(URI gatewayUrl, Duration timeout, Loopback loopback) {
    }

    public record Loopback(boolean enabled) {
    }
}
