package city.gridline.notification.callback.application;

import city.gridline.contracts.event.CallbackRecorded;
import city.gridline.contracts.event.CaseClosed;
import city.gridline.notification.callback.domain.CallbackResult;
import city.gridline.notification.callback.domain.CallbackState;
import city.gridline.notification.callback.domain.CallbackTask;
import city.gridline.notification.events.application.NotificationEventPublisher;
import city.gridline.notification.events.application.OutboxRelay;
import city.gridline.notification.register.domain.CaseRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Call-backs (回访): a closed case gets a task for the hotline; recording its result publishes
 * {@code gridline.callback.recorded.v1}. A result is recorded once: the task moves OPEN → DONE in one conditional
 * update that also marks its event unpublished, an outbox: published then, or by the relay when the broker did not
 * take it or the instance died in between, so no result recorded is ever left without its event.
 */
public class Callbacks implements OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(Callbacks.class);

    private final CallbackStore store;
    private final NotificationEventPublisher publisher;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Duration relayAfter;

    /** {@code relayAfter}: how old an unpublished result must be before the relay publishes it. */
    public Callbacks(CallbackStore store, NotificationEventPublisher publisher, MeterRegistry registry, Clock clock,
                     Duration relayAfter) {
        this.store = store;
        this.publisher = publisher;
        this.registry = registry;
        this.clock = clock;
        this.relayAfter = relayAfter;
        // at zero from the start: a series that appears at 1 is not counted by increase() on the dashboard
        for (CallbackResult result : CallbackResult.values()) {
            results(result);
        }
    }

    /**
     * The task for a closed case; a redelivered closure changes nothing. A case closed again after an unsatisfied
     * call-back reopened it gets its task again, open, for the citizen's word on the rework: the earlier result
     * stays on {@code notifications.events} and in the reopening's reason.
     */
    public Mono<Boolean> open(CaseClosed closed, CaseRecord record) {
        CallbackTask task = CallbackTask.open(closed.caseNumber(), closed.reportId(), record.leadTeam(),
                record.place() == null ? null : record.place().district().name(),
                record.place() == null ? null : record.place().street().name(), closed.closedAt());
        return store.insertIfAbsent(task)
                .flatMap(inserted -> inserted ? Mono.just(true) : store.openForLaterClosure(task));
    }

    public Mono<CallbackTask> record(String caseNumber, CallbackResult result, String comment, String operator) {
        Instant now = clock.instant();
        return store.recordResult(caseNumber, result, comment, operator, now)
                .switchIfEmpty(Mono.defer(() -> store.find(caseNumber)
                        .flatMap(existing -> Mono.<CallbackTask>error(new CallbackAlreadyRecordedException(caseNumber)))
                        .switchIfEmpty(Mono.error(() -> new CallbackNotFoundException(caseNumber)))))
                .doOnNext(task -> counted(result))
                .flatMap(task -> publish(task)
                        .onErrorResume(failure -> {
                            log.atWarn().addKeyValue("caseNumber", caseNumber).setCause(failure)
                                    .log("call-back result recorded, its event not published; the relay publishes it");
                            return Mono.empty();
                        })
                        .thenReturn(task));
    }

    /** Publishes the results recorded more than {@code relayAfter} before {@code now} whose events are still not. */
    @Override
    public Mono<Long> relay(Instant now) {
        return store.unpublishedBefore(now.minus(relayAfter))
                .concatMap(task -> publish(task)
                        .doOnSuccess(done -> log.atInfo().addKeyValue("caseNumber", task.caseNumber())
                                .log("call-back result relayed"))
                        .thenReturn(1L)
                        .onErrorResume(failure -> {
                            log.atWarn().addKeyValue("caseNumber", task.caseNumber()).setCause(failure)
                                    .log("call-back result still not published; the relay tries again");
                            return Mono.just(0L);
                        }))
                .reduce(0L, Long::sum);
    }

    public Mono<CallbackPage> list(CallbackState state, int page, int size) {
        return store.list(state, page, size).collectList()
                .zipWith(store.count(state), (tasks, total) -> new CallbackPage(tasks, page, size, total));
    }

    /**
     * The event's id derives from the case and the closure called back about: a case closed again after its
     * reopening is called back again, and that result is another event, not a duplicate of the first.
     */
    private Mono<Void> publish(CallbackTask task) {
        CallbackRecorded recorded = new CallbackRecorded(task.caseNumber(), task.reportId(), task.team(),
                CallbackRecorded.Result.valueOf(task.result().name()), task.comment(), task.operator(),
                task.recordedAt());
        return Mono.defer(() -> publisher.publish(NotificationEventPublisher.envelope(recorded,
                        task.caseNumber() + "/" + task.closedAt(), "callback-recorded", task.recordedAt())))
                .then(Mono.defer(() -> store.markPublished(task.caseNumber(), task.recordedAt())));
    }

    private void counted(CallbackResult result) {
        results(result).increment();
    }

    private Counter results(CallbackResult result) {
        return Counter.builder("gridline.callbacks")
                .description("Call-back results recorded by the hotline")
                .tag("result", result.label())
                .register(registry);
    }

    /** One page of tasks and how many there are in all. */
    public record CallbackPage(List<CallbackTask> tasks, int page, int size, long total) {
    }
}
