package city.gridline.notification.deadline.application;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.event.DeadlineEscalated;
import city.gridline.contracts.event.DeadlineEvent;
import city.gridline.contracts.event.DeadlineOverdue;
import city.gridline.contracts.event.DeadlineWarning;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.notification.deadline.application.DeadlineMetrics.OverduePlace;
import city.gridline.notification.deadline.domain.CaseDeadline;
import city.gridline.notification.deadline.domain.DeadlineState;
import city.gridline.notification.deadline.domain.EscalationLadder;
import city.gridline.notification.deadline.domain.EscalationLevel;
import city.gridline.notification.deadline.domain.EscalationStep;
import city.gridline.notification.events.application.NotificationEventPublisher;
import city.gridline.notification.register.application.CaseRegister;
import city.gridline.notification.register.domain.CaseRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Moves running deadlines on: ON_TIME → WARNING → OVERDUE, then up the escalation ladder, one step at a time and
 * each step once. A step is claimed in the store first (a conditional update, so of several watchers exactly one
 * wins it), then announced on {@code notifications.events} and to whoever must act; when the announcement fails the
 * claim is undone and the next watch tries again. A case far past its deadline goes through every step in one watch,
 * in order.
 */
public class DeadlineWatcher {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatcher.class);
    /** Bounds one watch; what is left is taken up by the next. */
    private static final long MAX_CLAIMS_PER_STEP = 1_000;
    private static final TeamRef UNKNOWN_TEAM = new TeamRef("unknown", "未知");

    private final DeadlineStore store;
    private final EscalationLadder ladder;
    private final CaseRegister register;
    private final NotificationEventPublisher publisher;
    private final DeadlineAlerts alerts;
    private final DeadlineMetrics metrics;

    public DeadlineWatcher(DeadlineStore store, EscalationLadder ladder, CaseRegister register,
                           NotificationEventPublisher publisher, DeadlineAlerts alerts, DeadlineMetrics metrics) {
        this.store = store;
        this.ladder = ladder;
        this.register = register;
        this.publisher = publisher;
        this.alerts = alerts;
        this.metrics = metrics;
    }

    /** One watch as of {@code now}: announces every step due by then and refreshes the overdue gauge. */
    public Mono<Long> watchAt(Instant now) {
        List<Mono<Long>> steps = new ArrayList<>();
        steps.add(drain(() -> store.claimWarning(now), claimed -> warn(claimed, now), DeadlineState.ON_TIME, null));
        steps.add(drain(() -> store.claimOverdue(now), claimed -> overdue(claimed, now), DeadlineState.WARNING, null));
        EscalationLevel previous = null;
        for (EscalationStep step : ladder.steps()) {
            EscalationLevel from = previous;
            steps.add(drain(() -> store.claimEscalation(from, step.level(), now.minus(step.pastDeadline())),
                    claimed -> escalate(claimed, step.level(), now), DeadlineState.OVERDUE, from));
            previous = step.level();
        }
        return Flux.concat(steps).reduce(0L, Long::sum)
                .flatMap(announced -> refreshOverdue(now).thenReturn(announced));
    }

    private Mono<Long> drain(Supplier<Mono<CaseDeadline>> claim, Function<CaseDeadline, Mono<Void>> announce,
                             DeadlineState announcedBefore, EscalationLevel escalatedBefore) {
        return Mono.defer(claim).map(Optional::of).defaultIfEmpty(Optional.empty())
                .repeat(MAX_CLAIMS_PER_STEP - 1)
                .takeWhile(Optional::isPresent)
                .map(Optional::get)
                .concatMap(claimed -> announce.apply(claimed)
                        .onErrorResume(failure -> {
                            log.atWarn().addKeyValue("caseNumber", claimed.caseNumber()).setCause(failure)
                                    .log("deadline step not announced; it is tried again at the next watch");
                            return store.unclaim(claimed, announcedBefore, escalatedBefore).then(Mono.error(failure));
                        })
                        .thenReturn(1L))
                .count();
    }

    private Mono<Void> warn(CaseDeadline deadline, Instant now) {
        return caseOf(deadline).flatMap(record -> {
            DeadlineWarning warning = new DeadlineWarning(deadline.caseNumber(), teamOf(record), deadline.warningAt(),
                    deadline.dueAt(), now);
            return announce(warning, deadline, "warning", now)
                    .flatMap(event -> alerts.warnTeam(event.eventId(), warning));
        });
    }

    private Mono<Void> overdue(CaseDeadline deadline, Instant now) {
        return caseOf(deadline).flatMap(record -> {
            DeadlineOverdue overdue = new DeadlineOverdue(deadline.caseNumber(), teamOf(record), deadline.dueAt(), now);
            return announce(overdue, deadline, "overdue", now)
                    .flatMap(event -> alerts.tellTeamOverdue(event.eventId(), overdue));
        });
    }

    private Mono<Void> escalate(CaseDeadline deadline, EscalationLevel level, Instant now) {
        return caseOf(deadline).flatMap(record -> {
            DeadlineEscalated escalated = new DeadlineEscalated(deadline.caseNumber(), teamOf(record),
                    DeadlineEscalated.Level.valueOf(level.name()), deadline.dueAt(), now);
            return announce(escalated, deadline, "escalated-" + level, now)
                    .doOnNext(event -> metrics.escalated(districtOf(record), streetOf(record), level))
                    .flatMap(event -> alerts.tellCommandCentre(event.eventId(), escalated));
        });
    }

    /** The event's id derives from the case, the deadline in force and the step: a re-announcement is recognised. */
    private <E extends DeadlineEvent> Mono<EventEnvelope<E>> announce(E event, CaseDeadline deadline, String step,
                                                                     Instant now) {
        EventEnvelope<E> envelope = NotificationEventPublisher.envelope(event,
                deadline.caseNumber() + "/" + deadline.dueAt(), step, now);
        return publisher.publish(envelope).thenReturn(envelope);
    }

    private Mono<CaseRecord> caseOf(CaseDeadline deadline) {
        return register.find(deadline.caseNumber()).defaultIfEmpty(CaseRecord.unseen(deadline.caseNumber()));
    }

    private Mono<Void> refreshOverdue(Instant now) {
        return store.runningPastDue(now)
                .concatMap(this::caseOf)
                .collect(Collectors.groupingBy(record -> new OverduePlace(districtOf(record), streetOf(record),
                        teamOf(record).id()), Collectors.counting()))
                .doOnNext(metrics::overdue)
                .then();
    }

    private static TeamRef teamOf(CaseRecord record) {
        return record.leadTeam() != null ? record.leadTeam() : UNKNOWN_TEAM;
    }

    private static String districtOf(CaseRecord record) {
        return record.place() != null ? record.place().district().name() : "unknown";
    }

    private static String streetOf(CaseRecord record) {
        return record.place() != null ? record.place().street().name() : "unknown";
    }
}
