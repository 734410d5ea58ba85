package city.gridline.notification.callback.application;

import city.gridline.notification.callback.domain.CallbackResult;
import city.gridline.notification.callback.domain.CallbackState;
import city.gridline.notification.callback.domain.CallbackTask;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;

/** Call-back tasks, one per case number. */
public interface CallbackStore {

    /** True when stored; false when the case has a task already. */
    Mono<Boolean> insertIfAbsent(CallbackTask task);

    Mono<CallbackTask> find(String caseNumber);

    Flux<CallbackTask> findAll(Collection<String> caseNumbers);

    /** Oldest closure first; a null state lists both. */
    Flux<CallbackTask> list(CallbackState state, int page, int size);

    Mono<Long> count(CallbackState state);

    /**
     * Records the result on the case's OPEN task (a conditional update), its event marked unpublished; empty when
     * there is no OPEN task.
     */
    Mono<CallbackTask> recordResult(String caseNumber, CallbackResult result, String comment, String operator,
                                    Instant at);

    /** The result recorded at {@code recordedAt} on the case's task was published. */
    Mono<Void> markPublished(String caseNumber, Instant recordedAt);

    /** Tasks whose result was recorded before {@code recordedBefore} and is not published yet, oldest first. */
    Flux<CallbackTask> unpublishedBefore(Instant recordedBefore);

    /**
     * Replaces the case's task by {@code task} (open, for a later closure) if the stored one is for an earlier
     * closure; true when it did.
     */
    Mono<Boolean> openForLaterClosure(CallbackTask task);
}
