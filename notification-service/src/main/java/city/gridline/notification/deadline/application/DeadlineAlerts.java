package city.gridline.notification.deadline.application;

import city.gridline.contracts.event.DeadlineEscalated;
import city.gridline.contracts.event.DeadlineOverdue;
import city.gridline.contracts.event.DeadlineWarning;
import city.gridline.notification.delivery.application.Deliveries;
import city.gridline.notification.delivery.application.NewNotification;
import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.ChineseTime;
import city.gridline.notification.delivery.domain.MessageTemplate;
import city.gridline.notification.delivery.domain.Recipient;
import city.gridline.notification.delivery.domain.RenderedMessage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * Texts whoever must act on a deadline step: the lead team on warning and overdue (if its duty phone is
 * configured), the command centre on each escalation (if its phone is). The notification id derives from the
 * event's, so a re-announced step texts nobody twice.
 */
public class DeadlineAlerts {

    private static final Logger log = LoggerFactory.getLogger(DeadlineAlerts.class);
    private static final Map<DeadlineEscalated.Level, String> LEVEL_NAMES = Map.of(
            DeadlineEscalated.Level.CHASE, "催办",
            DeadlineEscalated.Level.SUPERVISE, "督办",
            DeadlineEscalated.Level.PUBLIC_REPORT, "通报");

    private final Deliveries deliveries;
    private final Map<String, String> teamPhones;
    private final String commandCentrePhone;
    private final ZoneId zone;
    private final Counter teamsWithoutPhone;

    public DeadlineAlerts(Deliveries deliveries, Map<String, String> teamPhones, String commandCentrePhone,
                          ZoneId zone, MeterRegistry registry) {
        this.deliveries = deliveries;
        this.teamPhones = Map.copyOf(teamPhones);
        this.commandCentrePhone = commandCentrePhone;
        this.zone = zone;
        this.teamsWithoutPhone = Counter.builder("gridline.notifications.skipped")
                .description("Notifications not created because the recipient has no address on the channel")
                .tag("channel", Channel.SMS.key())
                .tag("reason", "no-team-phone")
                .register(registry);
    }

    public Mono<Void> warnTeam(String eventId, DeadlineWarning warning) {
        return toTeam(eventId, warning.caseNumber(), warning.team().id(), MessageTemplate.DEADLINE_WARNING_TEAM.render(
                Map.of("caseNumber", warning.caseNumber(), "deadline", ChineseTime.of(warning.dueAt(), zone))));
    }

    public Mono<Void> tellTeamOverdue(String eventId, DeadlineOverdue overdue) {
        return toTeam(eventId, overdue.caseNumber(), overdue.team().id(), MessageTemplate.DEADLINE_OVERDUE_TEAM.render(
                Map.of("caseNumber", overdue.caseNumber(), "deadline", ChineseTime.of(overdue.dueAt(), zone))));
    }

    public Mono<Void> tellCommandCentre(String eventId, DeadlineEscalated escalated) {
        if (commandCentrePhone == null) {
            return Mono.empty();
        }
        RenderedMessage message = MessageTemplate.DEADLINE_ESCALATED_COMMAND_CENTRE.render(Map.of(
                "caseNumber", escalated.caseNumber(),
                "teamName", escalated.team().name(),
                "deadline", ChineseTime.of(escalated.dueAt(), zone),
                "level", LEVEL_NAMES.get(escalated.level())));
        return submit(eventId, Recipient.commandCentre(commandCentrePhone), message, escalated.caseNumber());
    }

    private Mono<Void> toTeam(String eventId, String caseNumber, String teamId, RenderedMessage message) {
        String phone = teamPhones.get(teamId);
        if (phone == null) {
            teamsWithoutPhone.increment();
            log.atInfo().addKeyValue("caseNumber", caseNumber).addKeyValue("teamId", teamId)
                    .log("team has no SMS number configured; not notified");
            return Mono.empty();
        }
        return submit(eventId, Recipient.team(teamId, phone), message, caseNumber);
    }

    private Mono<Void> submit(String eventId, Recipient recipient, RenderedMessage message, String caseNumber) {
        String id = UUID.nameUUIDFromBytes((eventId + "/" + Channel.SMS).getBytes(StandardCharsets.UTF_8)).toString();
        return deliveries.submit(new NewNotification(id, Channel.SMS, recipient, message, caseNumber, false)).then();
    }
}
