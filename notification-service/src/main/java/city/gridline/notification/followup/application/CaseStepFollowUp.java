package city.gridline.notification.followup.application;

import city.gridline.contracts.event.CaseClosed;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.notification.callback.application.Callbacks;
import city.gridline.notification.deadline.application.CaseDeadlines;
import city.gridline.notification.register.application.CaseRegister;
import city.gridline.notification.register.domain.CaseRecord;
import reactor.core.publisher.Mono;

/**
 * What each step of a case sets off besides its timeline and register entries: a dispatch starts the deadline and
 * texts the team; every other step may move, stop or reopen the deadline; a closure opens the hotline's call-back
 * task. Idempotent on the event. A dispatch read after its case ended (replayed from the dead-letter topic once the
 * case was closed, merged, cancelled or transferred) sets off nothing: no clock for a case nobody is to handle.
 */
public class CaseStepFollowUp {

    private final DispatchedCaseFollowUp dispatched;
    private final CaseDeadlines deadlines;
    private final Callbacks callbacks;
    private final CaseRegister register;

    public CaseStepFollowUp(DispatchedCaseFollowUp dispatched, CaseDeadlines deadlines, Callbacks callbacks,
                            CaseRegister register) {
        this.dispatched = dispatched;
        this.deadlines = deadlines;
        this.callbacks = callbacks;
        this.register = register;
    }

    @SuppressWarnings("unchecked")
    public Mono<Void> onStep(EventEnvelope<? extends CaseEvent> event) {
        if (event.data() instanceof CaseDispatched) {
            return register.find(event.data().caseNumber())
                    .map(record -> record.status().isFinal())
                    .defaultIfEmpty(false)
                    .flatMap(ended -> ended ? Mono.empty()
                            : dispatched.onDispatched((EventEnvelope<CaseDispatched>) event));
        }
        Mono<Void> deadline = deadlines.follow(event).then();
        if (event.data() instanceof CaseClosed closed) {
            return deadline.then(register.find(closed.caseNumber())
                    .defaultIfEmpty(CaseRecord.unseen(closed.caseNumber()))
                    .flatMap(record -> callbacks.open(closed, record))
                    .then());
        }
        return deadline;
    }
}
