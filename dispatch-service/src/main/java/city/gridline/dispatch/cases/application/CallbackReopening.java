package city.gridline.dispatch.cases.application;

import city.gridline.contracts.event.CallbackRecorded;
import city.gridline.dispatch.cases.domain.CaseRuleViolation;
import city.gridline.dispatch.cases.domain.ReopenPolicy;
import reactor.core.publisher.Mono;

/**
 * What a call-back result (回访) does to the case: an {@code UNSATISFIED} one reopens the closed case for rework when
 * the {@link ReopenPolicy} allows; any other result, or a case the policy keeps closed, changes nothing. Each
 * call-back event acts once, however often it is delivered.
 */
public class CallbackReopening {

    private final CaseWork work;
    private final CaseStore store;
    private final ReopenPolicy policy;

    public CallbackReopening(CaseWork work, CaseStore store, ReopenPolicy policy) {
        this.work = work;
        this.store = store;
        this.policy = policy;
    }

    public Mono<Outcome> onCallback(String eventId, String traceId, CallbackRecorded callback) {
        if (callback.result() != CallbackRecorded.Result.UNSATISFIED) {
            return Mono.just(Outcome.kept(callback.result() + ": nothing to reopen"));
        }
        return store.findByCaseNumber(callback.caseNumber())
                .flatMap(stored -> stored.took(CaseWork.reopenOperation(eventId))
                        ? Mono.just(Outcome.kept("this call-back was acted on before"))
                        : work.reopen(callback.caseNumber(), policy, reasonOf(callback), eventId, traceId)
                        .map(reopened -> Outcome.REOPENED)
                        .onErrorResume(CaseRuleViolation.class, refused -> Mono.just(Outcome.kept(refused.getMessage()))))
                .defaultIfEmpty(Outcome.kept("dispatch does not know the case"));
    }

    private static String reasonOf(CallbackRecorded callback) {
        String said = callback.comment().isBlank() ? "" : "：" + callback.comment();
        return "回访不满意（" + callback.operator() + "）" + said;
    }

    /** Whether the call-back reopened the case, and why not when it did not. */
    public record Outcome(boolean reopened, String why) {

        static final Outcome REOPENED = new Outcome(true, "reopened for rework");

        static Outcome kept(String why) {
            return new Outcome(false, why);
        }
    }
}
