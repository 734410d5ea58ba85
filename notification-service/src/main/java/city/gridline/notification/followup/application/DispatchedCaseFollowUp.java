package city.gridline.notification.followup.application;

import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.notification.deadline.application.CaseDeadlines;
import city.gridline.notification.deadline.domain.CaseDeadline;
import city.gridline.notification.delivery.application.Deliveries;
import city.gridline.notification.delivery.application.NewNotification;
import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.ChineseTime;
import city.gridline.notification.delivery.domain.MessageTemplate;
import city.gridline.notification.delivery.domain.Recipient;
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
 * What a dispatch sets off: the case's handling clock starts, and the team is told by SMS with the case number and
 * the deadline. Both are idempotent on the event, so a redelivered dispatch changes nothing.
 */
public class DispatchedCaseFollowUp {

    private static final Logger log = LoggerFactory.getLogger(DispatchedCaseFollowUp.class);

    private final CaseDeadlines deadlines;
    private final Deliveries deliveries;
    private final TimeLimit defaultLimit;
    private final Map<String, String> teamPhones;
    private final ZoneId zone;
    private final Counter teamsWithoutPhone;

    public DispatchedCaseFollowUp(CaseDeadlines deadlines, Deliveries deliveries, TimeLimit defaultLimit,
                                  Map<String, String> teamPhones, ZoneId zone, MeterRegistry registry) {
        this.deadlines = deadlines;
        this.deliveries = deliveries;
        this.defaultLimit = defaultLimit;
        this.teamPhones = Map.copyOf(teamPhones);
        this.zone = zone;
        this.teamsWithoutPhone = Counter.builder("gridline.notifications.skipped")
                .description("Notifications not created because the recipient has no address on the channel")
                .tag("channel", Channel.SMS.key())
                .tag("reason", "no-team-phone")
                .register(registry);
    }

    public Mono<Void> onDispatched(EventEnvelope<CaseDispatched> event) {
        CaseDispatched dispatched = event.data();
        // Dispatch events from before the limit travelled with them get the configured default.
        TimeLimit limit = dispatched.handlingLimit() != null ? dispatched.handlingLimit() : defaultLimit;
        return deadlines.start(dispatched.caseNumber(), dispatched.dispatchedAt(), limit)
                .flatMap(deadline -> notifyTeam(event.eventId(), dispatched, deadline));
    }

    private Mono<Void> notifyTeam(String eventId, CaseDispatched dispatched, CaseDeadline deadline) {
        String phone = teamPhones.get(dispatched.team().id());
        if (phone == null) {
            teamsWithoutPhone.increment();
            log.atInfo().addKeyValue("caseNumber", dispatched.caseNumber()).addKeyValue("teamId", dispatched.team().id())
                    .log("team has no SMS number configured; not notified");
            return Mono.empty();
        }
        var message = MessageTemplate.CASE_DISPATCHED_TEAM.render(Map.of(
                "caseNumber", dispatched.caseNumber(),
                "teamName", dispatched.team().name(),
                "deadline", ChineseTime.of(deadline.dueAt(), zone)));
        String id = UUID.nameUUIDFromBytes((eventId + "/" + Channel.SMS).getBytes(StandardCharsets.UTF_8)).toString();
        return deliveries.submit(new NewNotification(id, Channel.SMS, Recipient.team(dispatched.team().id(), phone),
                message, dispatched.caseNumber(), false)).then();
    }
}
