package city.gridline.notification.config;

import city.gridline.contracts.TimeLimit;
import city.gridline.notification.deadline.domain.EscalationLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code gridline.notification.*}; the defaults are in application.yml and the README. */
@ConfigurationProperties("gridline.notification")
public record NotificationProperties(ZoneId zone, Calendar calendar, Deadline deadline, Delivery delivery,
                                     QuietHours quietHours, Sms sms, Map<String, String> teamPhones,
                                     String commandCentrePhone, Assessment assessment, TeamPush teamPush,
                                     Map<String, Webhook> webhooks, Email email) {

    public NotificationProperties {
        teamPhones = teamPhones == null ? Map.of() : Map.copyOf(teamPhones);
        commandCentrePhone = commandCentrePhone == null || commandCentrePhone.isBlank() ? null : commandCentrePhone;
        teamPush = teamPush == null ? new TeamPush(Set.of()) : teamPush;
        webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
        email = email == null ? new Email(null, List.of(), List.of()) : email;
    }

    /**
     * E-mail (sent only when an SMTP server is configured, {@code spring.mail.host}): {@code from}, the sender's
     * address; {@code supervisionRecipients}, told of 督办 and 通报; {@code publicReportRecipients}, told of 通报.
     */
    public record Email(String from, List<String> supervisionRecipients, List<String> publicReportRecipients) {

        public Email {
            from = from == null || from.isBlank() ? "gridline@localhost" : from;
            supervisionRecipients = supervisionRecipients == null ? List.of() : List.copyOf(supervisionRecipients);
            publicReportRecipients = publicReportRecipients == null ? List.of() : List.copyOf(publicReportRecipients);
        }
    }

    /** {@code teams}: the teams whose field app takes pushes (TEAM_PUSH) besides their SMS. */
    public record TeamPush(Set<String> teams) {

        public TeamPush {
            teams = teams == null ? Set.of() : Set.copyOf(teams);
        }
    }

    /** A receiver of signed deadline notifications: where to post, the shared secret, how long to wait. */
    public record Webhook(URI url, String secret, Duration timeout) {

        public Webhook {
            timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
            if (url == null || secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("a webhook needs a url and a secret to sign with");
            }
        }
    }

    /** {@code extraFile}: a holiday list read after the bundled one, overriding it date by date; optional. */
    public record Calendar(Path extraFile) {
    }

    /**
     * {@code defaultLimit}: the handling limit of every dispatched case until dispatch sends one per case.
     * {@code escalation}: how long past the deadline each level is reached, counted the way the case's limit counts
     * (working time for a working-days limit). {@code outboxRelayAfter}: how old a claimed step (or a call-back result
     * recorded but not published) must be before its relay publishes it;
     * {@code outboxRelayInterval}: how often the relays look.
     */
    public record Deadline(double warningShare, TimeLimit defaultLimit, Map<EscalationLevel, Duration> escalation,
                           Duration watchInterval, Duration outboxRelayAfter, Duration outboxRelayInterval) {
    }

    /** {@code refreshInterval}: how often the assessment gauges are recomputed. */
    public record Assessment(Duration refreshInterval) {
    }

    public record Delivery(int maxRounds, Duration roundBackoff, Duration claimFor, int batchSize, int concurrency,
                           Duration pollInterval, boolean hold) {
    }

    public record QuietHours(LocalTime start, LocalTime end) {
    }

    public record Sms(URI gatewayUrl, Duration timeout, Loopback loopback) {
    }

    public record Loopback(boolean enabled) {
    }
}
