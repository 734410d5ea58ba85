package city.gridline.notification.deadline.application;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.event.DeadlineEscalated;
import city.gridline.contracts.event.DeadlineEvent;
import city.gridline.contracts.event.DeadlineOverdue;
import city.gridline.contracts.event.DeadlineWarning;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.notification.deadline.application.DeadlineMetrics.OverduePlace;
import city.gridline.notification.deadline.domain.CaseDeadline;
import city.gridline.notification.deadline.domain.DeadlineRules;
import city.gridline.notification.deadline.domain.DeadlineState;
import city.gridline.notification.deadline.domain.EscalationLevel;
import city.gridline.notification.deadline.domain.EscalationStep;
import city.gridline.notification.events.application.NotificationEventPublisher;
import city.gridline.notification.register.application.CaseRegister;
import city.gridline.notification.register.domain.CaseRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Moves running deadlines on: ON_TIME → WARNING → OVERDUE, then up the escalation ladder, one step at a time and
 * each step once; a case on the problem backlog is passed over until it leaves it. A step is claimed in the store
 * together with its event (the outbox: one conditional write, so of several watchers exactly one wins it, and a
 * claimed step always has its event), then announced — published on {@code notifications.events} and told to
 * whoever must act — and taken out of the outbox. A step whose announcement fails, or whose instance dies before it,
 * stays in the outbox for the {@link DeadlineStepRelay}. A case far past its deadline goes through every step in one
 * watch, in order. How far past its deadline a case is counts the way its limit counts
 * ({@link DeadlineRules#statusAt}).
 */
public class DeadlineWatcher {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatcher.class);
    /** Bounds one watch; what is left is taken up by the next. */
    private static final long MAX_CLAIMS_PER_STEP = 1_000;
    private static final TeamRef UNKNOWN_TEAM = new TeamRef("unknown", "未知");

    private final DeadlineStore store;
    private final DeadlineRules rules;
    private final CaseRegister register;
    private final DeadlineAnnouncer announcer;
    private final DeadlineMetrics metrics;
    private final EventCodec codec;

    public DeadlineWatcher(DeadlineStore store, DeadlineRules rules, CaseRegister register,
                           DeadlineAnnouncer announcer, DeadlineMetrics metrics, EventCodec codec) {
        this.store = store;
        this.rules = rules;
        this.register = register;
        this.announcer = announcer;
        this.metrics = metrics;
        this.codec = codec;
    }

    /**
     * One watch as of {@code now}: refreshes the overdue gauge, then announces every step due by then. The gauge
     * counts the deadlines past due, whatever has been announced of them: it is refreshed first, so that a step that
     * fails or a long watch does not leave it frozen when deadlines are missed the most.
     */
    public Mono<Long> watchAt(Instant now) {
        List<Mono<Long>> steps = new ArrayList<>();
        steps.add(drain(() -> store.nextToWarn(now), new Warning(now)));
        steps.add(drain(() -> store.nextOverdue(now), new Overdue(now)));
        EscalationLevel previous = null;
        for (EscalationStep step : rules.ladder().steps()) {
            EscalationLevel from = previous;
            Map<TimeLimit.Unit, Instant> dueBy = rules.dueByToReach(step, now);
            steps.add(drain(() -> store.nextToEscalate(from, dueBy), new Escalation(step.level(), now)));
            previous = step.level();
        }
        return refreshOverdue(now)
                .onErrorResume(failure -> {
                    log.atWarn().setCause(failure).log("overdue gauge not refreshed; the steps are announced all the"
                            + " same");
                    return Mono.empty();
                })
                .then(Flux.concat(steps).reduce(0L, Long::sum));
    }

    private Mono<Long> drain(Supplier<Mono<CaseDeadline>> next, Step step) {
        return Mono.defer(next).map(Optional::of).defaultIfEmpty(Optional.empty())
                .repeat(MAX_CLAIMS_PER_STEP - 1)
                .takeWhile(Optional::isPresent)
                .map(Optional::get)
                .concatMap(due -> claimAndAnnounce(due, step))
                .reduce(0L, Long::sum);
    }

    /** 1 when this watcher claimed the step (announced now, or left for the relay), 0 when another was first. */
    private Mono<Long> claimAndAnnounce(CaseDeadline due, Step step) {
        return caseOf(due).flatMap(record -> {
            EventEnvelope<? extends DeadlineEvent> event = step.event(due, teamOf(record));
            StepAnnouncement announcement = new StepAnnouncement(due.caseNumber(), event.eventId(),
                    new String(codec.encode(event), StandardCharsets.UTF_8), step.at());
            return store.claim(due, step.announced(), step.escalated(due), announcement)
                    .flatMap(claimed -> {
                        if (!claimed) {
                            return Mono.just(0L);
                        }
                        step.counted(record, metrics);
                        return announcer.announce(event)
                                .onErrorResume(failure -> {
                                    log.atWarn().addKeyValue("caseNumber", due.caseNumber())
                                            .addKeyValue("eventId", event.eventId()).setCause(failure)
                                            .log("deadline step not announced; the outbox relay announces it");
                                    return Mono.empty();
                                })
                                .thenReturn(1L);
                    });
        });
    }

    private Mono<CaseRecord> caseOf(CaseDeadline deadline) {
        return register.find(deadline.caseNumber()).defaultIfEmpty(CaseRecord.unseen(deadline.caseNumber()));
    }

    /**
     * The overdue gauge (the running deadlines past due), and the escalation counters at zero of every place with a
     * case past its warning: every instance's watch registers them here, before the case can be overdue and escalated
     * (the first step, 催办, comes with the overdue notice), whichever instance will claim the step.
     */
    private Mono<Void> refreshOverdue(Instant now) {
        return store.runningPastWarning(now).collectList()
                .flatMap(warned -> register.findAll(warned.stream().map(CaseDeadline::caseNumber).toList())
                        .doOnNext(records -> {
                            metrics.overdue(warned.stream().filter(deadline -> deadline.dueAt().isBefore(now))
                                    .collect(Collectors.groupingBy(deadline -> placeOf(records, deadline),
                                            Collectors.counting())));
                            warned.stream().map(deadline -> placeOf(records, deadline)).distinct()
                                    .forEach(place -> metrics.warnedIn(place.district(), place.street()));
                        }))
                .then();
    }

    private static OverduePlace placeOf(Map<String, CaseRecord> records, CaseDeadline deadline) {
        CaseRecord record = records.getOrDefault(deadline.caseNumber(), CaseRecord.unseen(deadline.caseNumber()));
        return new OverduePlace(districtOf(record), streetOf(record), teamOf(record).name());
    }

    /** The event's id derives from the case, the deadline in force and the step: a re-announcement is recognised. */
    private static <E extends DeadlineEvent> EventEnvelope<E> envelope(E event, CaseDeadline deadline, String step,
                                                                      Instant now) {
        return NotificationEventPublisher.envelope(event, deadline.caseNumber() + "/" + deadline.dueAt(), step, now);
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

    /** A step of the watch: what it marks on the deadline and the event that announces it. */
    private interface Step {

        Instant at();

        DeadlineState announced();

        /** The escalation level the step leaves: the one read, but for a step up the ladder. */
        default EscalationLevel escalated(CaseDeadline read) {
            return read.escalated();
        }

        EventEnvelope<? extends DeadlineEvent> event(CaseDeadline deadline, TeamRef team);

        default void counted(CaseRecord record, DeadlineMetrics metrics) {
        }
    }

    private record Warning(Instant at) implements Step {

        public DeadlineState announced() {
            return DeadlineState.WARNING;
        }

        public EventEnvelope<DeadlineWarning> event(CaseDeadline deadline, TeamRef team) {
            return envelope(new DeadlineWarning(deadline.caseNumber(), team, deadline.warningAt(), deadline.dueAt(), at),
                    deadline, "warning", at);
        }
    }

    private record Overdue(Instant at) implements Step {

        public DeadlineState announced() {
            return DeadlineState.OVERDUE;
        }

        public EventEnvelope<DeadlineOverdue> event(CaseDeadline deadline, TeamRef team) {
            return envelope(new DeadlineOverdue(deadline.caseNumber(), team, deadline.dueAt(), at,
                    deadline.deadlineSetAt()), deadline, "overdue", at);
        }
    }

    private record Escalation(EscalationLevel level, Instant at) implements Step {

        public DeadlineState announced() {
            return DeadlineState.OVERDUE;
        }

        @Override
        public EscalationLevel escalated(CaseDeadline read) {
            return level;
        }

        public EventEnvelope<DeadlineEscalated> event(CaseDeadline deadline, TeamRef team) {
            return envelope(new DeadlineEscalated(deadline.caseNumber(), team,
                    DeadlineEscalated.Level.valueOf(level.name()), deadline.dueAt(), at), deadline,
                    "escalated-" + level, at);
        }

        /** Counted once, by the watcher that claimed the level. */
        @Override
        public void counted(CaseRecord record, DeadlineMetrics metrics) {
            metrics.escalated(districtOf(record), streetOf(record), level);
        }
    }
}
