package city.gridline.notification.followup.application;

import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.notification.deadline.application.CaseDeadlines;
import city.gridline.notification.deadline.domain.CaseDeadline;
import city.gridline.notification.delivery.application.TeamMessages;
import city.gridline.notification.delivery.domain.ChineseTime;
import city.gridline.notification.delivery.domain.MessageTemplate;
import reactor.core.publisher.Mono;

import java.time.ZoneId;
import java.util.Map;

/**
 * What a dispatch sets off: the case's handling clock starts (a re-dispatch only takes it off the backlog), and the
 * team is told (SMS, push) with the case number and the deadline. All are idempotent on the event, so a redelivered
 * dispatch changes nothing.
 */
public class DispatchedCaseFollowUp {

    private final CaseDeadlines deadlines;
    private final TeamMessages teams;
    private final TimeLimit defaultLimit;
    private final ZoneId zone;

    public DispatchedCaseFollowUp(CaseDeadlines deadlines, TeamMessages teams, TimeLimit defaultLimit, ZoneId zone) {
        this.deadlines = deadlines;
        this.teams = teams;
        this.defaultLimit = defaultLimit;
        this.zone = zone;
    }

    public Mono<Void> onDispatched(EventEnvelope<CaseDispatched> event) {
        CaseDispatched dispatched = event.data();
        // Dispatch events from before the limit travelled with them get the configured default.
        TimeLimit limit = dispatched.handlingLimit() != null ? dispatched.handlingLimit() : defaultLimit;
        return deadlines.start(dispatched.caseNumber(), dispatched.dispatchedAt(), limit)
                // a re-dispatch takes the case off the backlog (start gives the stored deadline): only then is it read
                // and changed again, not on every dispatch
                .flatMap(started -> started.isOnBacklog() ? deadlines.follow(event).defaultIfEmpty(started)
                        : Mono.just(started))
                .flatMap(deadline -> notifyTeam(event.eventId(), dispatched, deadline));
    }

    private Mono<Void> notifyTeam(String eventId, CaseDispatched dispatched, CaseDeadline deadline) {
        var message = MessageTemplate.CASE_DISPATCHED_TEAM.render(Map.of(
                "caseNumber", dispatched.caseNumber(),
                "teamName", dispatched.team().name(),
                "deadline", ChineseTime.of(deadline.dueAt(), zone)));
        return teams.tell(eventId, dispatched.caseNumber(), dispatched.team().id(), message);
    }
}
