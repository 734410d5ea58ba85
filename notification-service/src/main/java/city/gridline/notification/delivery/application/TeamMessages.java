package city.gridline.notification.delivery.application;

import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.Recipient;
import city.gridline.notification.delivery.domain.RenderedMessage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Tells a team something: by SMS to its duty phone (if configured) and by push to its field app (if the team is on
 * the app). A team with no phone is counted in {@code gridline.notifications.skipped{channel="sms"}} and logged.
 * Notification ids derive from the cause and the channel, so a repeated cause notifies nobody twice.
 */
public class TeamMessages {

    private static final Logger log = LoggerFactory.getLogger(TeamMessages.class);

    private final Deliveries deliveries;
    private final Map<String, String> teamPhones;
    private final Set<String> teamsOnTheApp;
    private final Counter teamsWithoutPhone;

    public TeamMessages(Deliveries deliveries, Map<String, String> teamPhones, Set<String> teamsOnTheApp,
                        MeterRegistry registry) {
        this.deliveries = deliveries;
        this.teamPhones = Map.copyOf(teamPhones);
        this.teamsOnTheApp = Set.copyOf(teamsOnTheApp);
        this.teamsWithoutPhone = Counter.builder("gridline.notifications.skipped")
                .description("Notifications not created because the recipient has no address on the channel")
                .tag("channel", Channel.SMS.key())
                .tag("reason", "no-team-phone")
                .register(registry);
    }

    /** {@code causeId}: what the message is about, e.g. the id of the event that caused it. */
    public Mono<Void> tell(String causeId, String caseNumber, String teamId, RenderedMessage message) {
        Mono<Void> push = teamsOnTheApp.contains(teamId)
                ? submit(causeId, Channel.TEAM_PUSH, Recipient.team(teamId, teamId), message, caseNumber)
                : Mono.empty();
        String phone = teamPhones.get(teamId);
        if (phone == null) {
            teamsWithoutPhone.increment();
            log.atInfo().addKeyValue("caseNumber", caseNumber).addKeyValue("teamId", teamId)
                    .log("team has no SMS number configured; not texted");
            return push;
        }
        return submit(causeId, Channel.SMS, Recipient.team(teamId, phone), message, caseNumber).then(push);
    }

    /** To someone other than a team (the command centre), on one channel. */
    public Mono<Void> send(String causeId, Channel channel, Recipient recipient, RenderedMessage message,
                           String caseNumber) {
        return submit(causeId, channel, recipient, message, caseNumber);
    }

    private Mono<Void> submit(String causeId, Channel channel, Recipient recipient, RenderedMessage message,
                              String caseNumber) {
        String id = UUID.nameUUIDFromBytes((causeId + "/" + channel).getBytes(StandardCharsets.UTF_8)).toString();
        return deliveries.submit(new NewNotification(id, channel, recipient, message, caseNumber, false)).then();
    }
}
