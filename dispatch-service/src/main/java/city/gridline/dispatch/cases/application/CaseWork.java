package city.gridline.dispatch.cases.application;

import city.gridline.contracts.EvidenceRef;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.Placement;
import city.gridline.dispatch.cases.domain.Actor;
import city.gridline.dispatch.cases.domain.CasePolicy;
import city.gridline.dispatch.cases.domain.CaseRuleViolation;
import city.gridline.dispatch.cases.domain.DeviceTime;
import city.gridline.dispatch.cases.domain.Dispatch;
import city.gridline.dispatch.cases.domain.DispatchCase;
import city.gridline.dispatch.cases.domain.InvalidCaseInput;
import city.gridline.dispatch.cases.domain.ReopenPolicy;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Every change people make to a case after it is opened: the field teams' (sign, check in, resolve, return, ask
 * for time), the supervisors' (verify) and the command centre's (re-dispatch, chase, escalate, decide extensions,
 * put on the backlog, cancel, merge). Each checks the policy, then the lifecycle, and records events.
 */
public class CaseWork {

    private final CaseCommands commands;
    private final DispatchDecisions decisions;
    private final CaseStore store;
    private final EvidenceStore evidence;
    private final DeviceTime deviceTime;
    private final double checkInRadiusMetres;

    public CaseWork(CaseCommands commands, DispatchDecisions decisions, CaseStore store, EvidenceStore evidence,
                    DeviceTime deviceTime, double checkInRadiusMetres) {
        this.commands = commands;
        this.decisions = decisions;
        this.store = store;
        this.evidence = evidence;
        this.deviceTime = deviceTime;
        this.checkInRadiusMetres = checkInRadiusMetres;
    }

    // ---- field teams ----

    public Mono<StoredCase> sign(String caseNumber, Actor actor, ClientOperation op) {
        return change(caseNumber, op, CaseCommands.Decision.one((c, now) -> {
            CasePolicy.mayDecideAsTeam(actor, c, "sign for");
            return c.sign(actor, timeOf(op, c, now));
        }));
    }

    public Mono<StoredCase> checkIn(String caseNumber, Actor actor, ClientOperation op, GeoPoint position) {
        return change(caseNumber, op, CaseCommands.Decision.one((c, now) -> {
            CasePolicy.mayWorkOnSite(actor, c);
            GeoPoint place = c.opened().point();
            if (position.crs() != place.crs()) {
                throw new InvalidCaseInput("check in with coordinates in " + place.crs() + ", as the case's are");
            }
            double distance = position.metresTo(place);
            // placed from an address alone, the case's point is only its community's: the team checks in where the
            // address is, and the distance is kept but decides nothing
            if (distance > checkInRadiusMetres && c.opened().placement() == Placement.POINT) {
                throw new InvalidCaseInput(String.format("the position is %.0f m from the case; check in within"
                        + " %.0f m", distance, checkInRadiusMetres));
            }
            return c.checkIn(actor, position, Math.round(distance * 10) / 10.0, timeOf(op, c, now));
        }));
    }

    public Mono<StoredCase> resolve(String caseNumber, Actor actor, ClientOperation op, String notes,
                                    List<String> evidenceIds) {
        return evidenceOf(caseNumber, evidenceIds).flatMap(refs -> change(caseNumber, op,
                CaseCommands.Decision.one((c, now) -> {
                    CasePolicy.mayDecideAsTeam(actor, c, "resolve");
                    return c.resolve(actor, notes, refs, timeOf(op, c, now));
                })));
    }

    public Mono<StoredCase> giveBack(String caseNumber, Actor actor, ClientOperation op, String reason) {
        return change(caseNumber, op, CaseCommands.Decision.one((c, now) -> {
            CasePolicy.mayDecideAsTeam(actor, c, "return");
            return c.giveBack(actor, reason, timeOf(op, c, now));
        }));
    }

    public Mono<StoredCase> requestExtension(String caseNumber, Actor actor, ClientOperation op, TimeLimit extension,
                                             String reason) {
        return change(caseNumber, op, CaseCommands.Decision.one((c, now) -> {
            CasePolicy.mayDecideAsTeam(actor, c, "ask for more time on");
            return c.requestExtension(actor, extension, reason, timeOf(op, c, now));
        }));
    }

    public Mono<StoredCase> verify(String caseNumber, Actor actor, ClientOperation op, boolean passed, String notes,
                                   List<String> evidenceIds) {
        return evidenceOf(caseNumber, evidenceIds).flatMap(refs -> change(caseNumber, op,
                CaseCommands.Decision.of((c, now) -> {
                    CasePolicy.mayVerify(actor, c);
                    return c.verify(actor, passed, notes, refs, timeOf(op, c, now));
                })));
    }

    // ---- the command centre ----

    /**
     * Sends the case to another team: the one the command centre names (with assisting teams for joint
     * enforcement), or else the next the responsibility list offers, passing over the current team and every team
     * that gave the case back or let it go unsigned.
     */
    public Mono<StoredCase> redispatch(String caseNumber, Actor actor, ClientOperation op, String teamId,
                                       List<String> assistingTeamIds, String reason) {
        // decided on the case as its team had it; tried again after a lost race, not on another team's case
        AtomicReference<String> decidedOn = new AtomicReference<>();
        return change(caseNumber, op, (c, now) -> {
            CasePolicy.mayCommand(actor, c, "re-dispatch");
            String inForce = c.dispatchEventId() + "/" + c.status();
            if (!decidedOn.compareAndSet(null, inForce) && !decidedOn.get().equals(inForce)) {
                return Mono.error(new PreconditionFailedException("case " + caseNumber + " was re-dispatched or"
                        + " taken up while this re-dispatch was made; read it again"));
            }
            return nextDispatch(c, teamId, assistingTeamIds, reason)
                    .map(dispatch -> List.<CaseEvent>of(c.redispatch(dispatch, actor, now)));
        });
    }

    /** The system's own re-dispatch of a case its team left unsigned after the chase. */
    public Mono<StoredCase> redispatchUnsigned(DispatchCase unsigned, String operationId) {
        ClientOperation op = ClientOperation.system(operationId, unsigned.caseNumber());
        String reason = "not signed by " + unsigned.team().name() + " in time, even after a chase";
        // the sweep saw the case as it was; signed or sent elsewhere since, it is not the watch's to take away
        return change(unsigned.caseNumber(), op, (c, now) -> c.awaitsSignatureFor(unsigned.dispatchEventId())
                ? nextDispatch(c, null, List.of(), reason)
                        .map(dispatch -> List.<CaseEvent>of(c.redispatch(dispatch, Actor.SYSTEM, now)))
                : Mono.just(List.of()));
    }

    public Mono<StoredCase> chaseUnsigned(DispatchCase unsigned, String operationId) {
        ClientOperation op = ClientOperation.system(operationId, unsigned.caseNumber());
        return change(unsigned.caseNumber(), op, CaseCommands.Decision.of((c, now) ->
                c.awaitsSignatureFor(unsigned.dispatchEventId())
                        ? List.of(c.chase(Actor.SYSTEM, "not signed by " + c.signBy() + " (签收超时)", now))
                        : List.of()));
    }

    /**
     * Dispatch's own reopening of a closed case after an unsatisfied call-back. The call-back's event id is the
     * operation id, so a redelivered call-back reopens nothing a second time.
     */
    public Mono<StoredCase> reopen(String caseNumber, ReopenPolicy policy, String reason, String callbackEventId,
                                   String traceId) {
        ClientOperation op = ClientOperation.system(reopenOperation(callbackEventId), traceId);
        return change(caseNumber, op, CaseCommands.Decision.one((c, now) ->
                c.reopen(policy, reason, callbackEventId, now)));
    }

    /** The operation id of the reopening a call-back causes. */
    public static String reopenOperation(String callbackEventId) {
        return "callback/" + callbackEventId;
    }

    public Mono<StoredCase> chase(String caseNumber, Actor actor, ClientOperation op, String reason) {
        return change(caseNumber, op, CaseCommands.Decision.one((c, now) -> {
            CasePolicy.mayCommand(actor, c, "chase");
            return c.chase(actor, reason, now);
        }));
    }

    public Mono<StoredCase> escalate(String caseNumber, Actor actor, ClientOperation op, String reason) {
        return change(caseNumber, op, CaseCommands.Decision.one((c, now) -> {
            CasePolicy.mayCommand(actor, c, "escalate");
            return c.escalate(actor, reason, now);
        }));
    }

    public Mono<StoredCase> decideExtension(String caseNumber, Actor actor, ClientOperation op, boolean granted,
                                            String reason) {
        return change(caseNumber, op, CaseCommands.Decision.one((c, now) -> {
            CasePolicy.mayCommand(actor, c, "decide an extension of");
            return c.decideExtension(actor, granted, reason, now);
        }));
    }

    public Mono<StoredCase> backlog(String caseNumber, Actor actor, ClientOperation op, String reason) {
        return change(caseNumber, op, CaseCommands.Decision.one((c, now) -> {
            CasePolicy.mayCommand(actor, c, "put on the backlog");
            return c.backlog(actor, reason, now);
        }));
    }

    /**
     * Cancels the case; refused (409) while another case is being merged into it, which the store would refuse too
     * (a merge must not land on a cancelled case). Asking first also lets a claim a crash left behind lapse.
     */
    public Mono<StoredCase> cancel(String caseNumber, Actor actor, ClientOperation op, String reason) {
        return change(caseNumber, op, (c, now) -> {
            CasePolicy.mayCommand(actor, c, "cancel");
            List<CaseEvent> cancelled = List.of(c.cancel(actor, reason, now));
            return store.isBeingMergedInto(caseNumber).flatMap(underWay -> underWay
                    ? Mono.<List<CaseEvent>>error(new CaseRuleViolation("another case is being merged into "
                    + caseNumber + " at this moment; try again"))
                    : Mono.just(cancelled));
        });
    }

    /**
     * Merges the case, a duplicate, into another. The original was read before the duplicate is written, so the
     * store is asked twice more: a claim on the original while the merge is under way, refused once it is merged or
     * cancelled, and the append, refused while a merge into the duplicate is under way. The claim is withdrawn
     * whatever the outcome. Of merges that take each other's case at once (A into B, B into A) at most one is
     * recorded: the first to append would find the other's claim on its case. The others are refused (409).
     */
    public Mono<StoredCase> merge(String caseNumber, Actor actor, ClientOperation op, String intoCaseNumber,
                                  String reason) {
        String claimId = UUID.randomUUID().toString();
        Mono<Void> withdrawClaim = store.withdrawClaim(intoCaseNumber, claimId).onErrorComplete();
        return store.findByCaseNumber(intoCaseNumber)
                .switchIfEmpty(Mono.error(() -> new CaseNotFoundException(intoCaseNumber)))
                .flatMap(original -> change(caseNumber, op, (c, now) -> {
                    CasePolicy.mayCommand(actor, c, "merge");
                    CasePolicy.mayCommand(actor, original.dispatchCase(), "merge into");
                    List<CaseEvent> merged = List.of(c.mergeInto(original.dispatchCase(), actor, reason, now));
                    return store.isBeingMergedInto(caseNumber)
                            .flatMap(underWay -> underWay
                                    ? Mono.<Boolean>error(new CaseRuleViolation("another case is being merged into "
                                    + caseNumber + " at this moment; try again"))
                                    : store.claimAsOriginal(intoCaseNumber, caseNumber, claimId))
                            .flatMap(claimed -> claimed ? Mono.just(merged)
                                    : Mono.<List<CaseEvent>>error(new CaseRuleViolation("case " + intoCaseNumber
                                    + " was merged or cancelled meanwhile and cannot take duplicates")));
                }))
                .flatMap(stored -> withdrawClaim.thenReturn(stored))
                .onErrorResume(refused -> withdrawClaim.then(Mono.<StoredCase>error(refused)))
                // a caller gone mid-merge (the connection closed) cancels the chain: neither branch above runs
                .doFinally(signal -> {
                    if (signal == SignalType.CANCEL) {
                        withdrawClaim.subscribe();
                    }
                });
    }

    // ---- evidence ----

    public Mono<EvidenceRef> addEvidence(String caseNumber, Actor actor, String operationId,
                                         CasePolicy.EvidencePurpose purpose, EvidenceRef.Kind kind,
                                         String contentType, byte[] content) {
        return store.findByCaseNumber(caseNumber)
                .switchIfEmpty(Mono.error(() -> new CaseNotFoundException(caseNumber)))
                .flatMap(stored -> {
                    CasePolicy.mayAdd(actor, purpose, stored.dispatchCase());
                    if (stored.dispatchCase().status().terminal()) {
                        return Mono.error(new CaseRuleViolation("case " + caseNumber + " is "
                                + stored.dispatchCase().status() + " and takes no more evidence"));
                    }
                    return evidence.store(caseNumber, actor.id(), operationId, kind, contentType, content);
                });
    }

    public Mono<EvidenceStore.EvidenceFile> evidenceFile(String caseNumber, Actor actor, String evidenceId) {
        return store.findByCaseNumber(caseNumber)
                .switchIfEmpty(Mono.error(() -> new CaseNotFoundException(caseNumber)))
                .flatMap(stored -> {
                    CasePolicy.mayView(actor, stored.dispatchCase());
                    return evidence.content(caseNumber, evidenceId)
                            .switchIfEmpty(Mono.error(() -> new UnknownEvidenceException(caseNumber,
                                    List.of(evidenceId))));
                });
    }

    private Mono<List<EvidenceRef>> evidenceOf(String caseNumber, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return Mono.just(List.of());
        }
        return evidence.find(caseNumber, ids).flatMap(found -> {
            Set<String> missing = new HashSet<>(ids);
            found.forEach(ref -> missing.remove(ref.id()));
            return missing.isEmpty() ? Mono.just(found)
                    : Mono.error(new UnknownEvidenceException(caseNumber, missing));
        });
    }

    private Mono<Dispatch> nextDispatch(DispatchCase c, String teamId, List<String> assistingTeamIds, String reason) {
        if (teamId != null) {
            return decisions.chosen(c.opened(), teamId, assistingTeamIds, reason);
        }
        Set<String> passedOver = new HashSet<>(c.teamsPassedOver());
        if (c.team() != null) {
            passedOver.add(c.team().id());
        }
        return decisions.decide(c.opened(), passedOver).flatMap(decision -> decision.transfer()
                ? Mono.error(new CaseRuleViolation(decision.reason() + ": transfer it instead"))
                : Mono.just(new Dispatch(decision.dispatch().team(), decision.dispatch().assistingTeams(),
                reason == null ? decision.reason() : reason + " — " + decision.reason(),
                decision.dispatch().handlingLimit(), decision.dispatch().signBy())));
    }

    /** When a field action happened: the device's time where it is plausible for this case, else the server's. */
    private Instant timeOf(ClientOperation op, DispatchCase c, Instant now) {
        return deviceTime.accept(op.deviceTime(), now, c.handedOverAt());
    }

    private Mono<StoredCase> change(String caseNumber, ClientOperation op, CaseCommands.Decision decision) {
        return commands.execute(caseNumber, new CaseCommands.Command(op.id(), op.fingerprint(), op.expectedVersion(),
                op.traceId(), decision));
    }
}
