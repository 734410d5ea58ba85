package city.gridline.notification.deadline.application;

import city.gridline.contracts.event.DeadlineEscalated;
import city.gridline.contracts.event.DeadlineOverdue;
import city.gridline.contracts.event.DeadlineWarning;
import city.gridline.notification.delivery.application.TeamMessages;
import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.ChineseTime;
import city.gridline.notification.delivery.domain.MessageTemplate;
import city.gridline.notification.delivery.domain.Recipient;
import city.gridline.notification.delivery.domain.RenderedMessage;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tells whoever must act on a deadline step: the lead team on warning and overdue (SMS to its duty phone, push to
 * its app), the command centre on each escalation (SMS, if its phone is configured), the supervision mailboxes by
 * e-mail when a case is put under supervision (督办) or publicly reported (通报) — the public report also to its own
 * list — and every configured webhook on every step. Notification ids derive from the event's, so a re-announced
 * step notifies nobody twice.
 */
public class DeadlineAlerts {

    private static final Map<DeadlineEscalated.Level, String> LEVEL_NAMES = Map.of(
            DeadlineEscalated.Level.CHASE, "催办",
            DeadlineEscalated.Level.SUPERVISE, "督办",
            DeadlineEscalated.Level.PUBLIC_REPORT, "通报");

    private final TeamMessages messages;
    private final String commandCentrePhone;
    private final List<String> webhooks;
    private final Mailboxes mailboxes;
    private final ZoneId zone;

    public DeadlineAlerts(TeamMessages messages, String commandCentrePhone, List<String> webhooks, Mailboxes mailboxes,
                          ZoneId zone) {
        this.messages = messages;
        this.commandCentrePhone = commandCentrePhone;
        this.webhooks = List.copyOf(webhooks);
        this.mailboxes = mailboxes;
        this.zone = zone;
    }

    /**
     * Who is e-mailed: {@code supervision} (the command centre, the district's supervision office) at 督办 and 通报,
     * {@code publicReport} (e.g. the district government's office) at 通报 as well. Empty lists: no e-mail.
     */
    public record Mailboxes(List<String> supervision, List<String> publicReport) {

        public static final Mailboxes NONE = new Mailboxes(List.of(), List.of());

        public Mailboxes {
            supervision = List.copyOf(supervision);
            publicReport = List.copyOf(publicReport);
        }

        List<String> at(DeadlineEscalated.Level level) {
            if (level == DeadlineEscalated.Level.SUPERVISE) {
                return supervision;
            }
            if (level == DeadlineEscalated.Level.PUBLIC_REPORT) {
                return Stream.concat(supervision.stream(), publicReport.stream()).distinct().toList();
            }
            return List.of();
        }
    }

    public Mono<Void> warnTeam(String eventId, DeadlineWarning warning) {
        RenderedMessage message = MessageTemplate.DEADLINE_WARNING_TEAM.render(
                Map.of("caseNumber", warning.caseNumber(), "deadline", ChineseTime.of(warning.dueAt(), zone)));
        return messages.tell(eventId, warning.caseNumber(), warning.team().id(), message)
                .then(toWebhooks(eventId, message, warning.caseNumber()));
    }

    public Mono<Void> tellTeamOverdue(String eventId, DeadlineOverdue overdue) {
        RenderedMessage message = MessageTemplate.DEADLINE_OVERDUE_TEAM.render(
                Map.of("caseNumber", overdue.caseNumber(), "deadline", ChineseTime.of(overdue.dueAt(), zone)));
        return messages.tell(eventId, overdue.caseNumber(), overdue.team().id(), message)
                .then(toWebhooks(eventId, message, overdue.caseNumber()));
    }

    public Mono<Void> tellCommandCentre(String eventId, DeadlineEscalated escalated) {
        RenderedMessage message = MessageTemplate.DEADLINE_ESCALATED_COMMAND_CENTRE.render(Map.of(
                "caseNumber", escalated.caseNumber(),
                "teamName", escalated.team().name(),
                "deadline", ChineseTime.of(escalated.dueAt(), zone),
                "level", LEVEL_NAMES.get(escalated.level())));
        Mono<Void> sms = commandCentrePhone == null ? Mono.empty()
                : messages.send(eventId, Channel.SMS, Recipient.commandCentre(commandCentrePhone), message,
                escalated.caseNumber());
        return sms.then(toMailboxes(eventId, escalated)).then(toWebhooks(eventId, message, escalated.caseNumber()));
    }

    private Mono<Void> toMailboxes(String eventId, DeadlineEscalated escalated) {
        List<String> to = mailboxes.at(escalated.level());
        if (to.isEmpty()) {
            return Mono.empty();
        }
        MessageTemplate template = escalated.level() == DeadlineEscalated.Level.SUPERVISE
                ? MessageTemplate.DEADLINE_SUPERVISE_EMAIL : MessageTemplate.DEADLINE_PUBLIC_REPORT_EMAIL;
        RenderedMessage mail = template.render(Map.of(
                "caseNumber", escalated.caseNumber(),
                "teamName", escalated.team().name(),
                "deadline", ChineseTime.of(escalated.dueAt(), zone)));
        return Flux.fromIterable(to)
                .concatMap(mailbox -> messages.send(eventId + "/" + mailbox, Channel.EMAIL, Recipient.office(mailbox),
                        mail, escalated.caseNumber()))
                .then();
    }

    private Mono<Void> toWebhooks(String eventId, RenderedMessage message, String caseNumber) {
        return Flux.fromIterable(webhooks)
                .concatMap(name -> messages.send(eventId + "/" + name, Channel.WEBHOOK, Recipient.system(name), message,
                        caseNumber))
                .then();
    }
}
