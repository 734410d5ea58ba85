package city.gridline.dispatch.cases.domain;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.EvidenceRef;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.Urgency;
import city.gridline.contracts.ZoneRef;
import city.gridline.contracts.event.CaseAccepted;
import city.gridline.contracts.event.CaseBacklogged;
import city.gridline.contracts.event.CaseCancelled;
import city.gridline.contracts.event.CaseChased;
import city.gridline.contracts.event.CaseCheckedIn;
import city.gridline.contracts.event.CaseClosed;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseEscalated;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseExtensionDecided;
import city.gridline.contracts.event.CaseExtensionRequested;
import city.gridline.contracts.event.CaseMerged;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.Placement;
import city.gridline.contracts.event.CaseReopened;
import city.gridline.contracts.event.CaseResolved;
import city.gridline.contracts.event.CaseReturned;
import city.gridline.contracts.event.CaseTransferred;
import city.gridline.contracts.event.CaseVerified;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A case, as the fold of its events: each change is decided by a method that checks the lifecycle's rules and
 * returns the events that record it, and {@link #apply} moves the state on. The history of recorded events is the
 * audit trail, and the only thing stored: the state is always what the history says.
 */
public final class DispatchCase {

    private final List<Recorded> history = new ArrayList<>();
    private final List<CaseStatus> statusTrail = new ArrayList<>();
    /** Teams that gave the case back (退单) or let it go unsigned: the planner passes them over on re-dispatch. */
    private final Set<String> teamsPassedOver = new LinkedHashSet<>();
    private final Set<String> handlers = new LinkedHashSet<>();

    private CaseOpened opened;
    private CaseStatus status;
    private TeamRef team;
    private List<TeamRef> assistingTeams = List.of();
    private TimeLimit handlingLimit;
    private Instant dispatchedAt;
    private Instant handedOverAt;
    private Instant signBy;
    private String dispatchEventId;
    private boolean chasedSinceDispatch;
    private TimeLimit pendingExtension;
    private int extensionsGranted;
    private String department;
    private String mergedInto;
    private int reopenings;

    private DispatchCase() {
    }

    /** Rebuilds a case from its recorded history, oldest first. */
    public static DispatchCase replay(List<Recorded> history) {
        if (history.isEmpty() || !(history.get(0).event() instanceof CaseOpened)) {
            throw new IllegalArgumentException("a case's history starts with its opening");
        }
        DispatchCase dispatchCase = new DispatchCase();
        history.forEach(dispatchCase::apply);
        return dispatchCase;
    }

    /** The events that file a located report (立案). */
    public static CaseOpened open(String caseNumber, String reportId, String categoryCode, String description,
                                  CellRef cell, GeoPoint point, String layerVersion, TeamRef residentTeam,
                                  ZoneRef zone, boolean nearStreetBoundary, Urgency urgency, Placement placement,
                                  Instant at) {
        return new CaseOpened(caseNumber, reportId, categoryCode, description, cell, point, layerVersion,
                Actor.SYSTEM.id(), at, residentTeam, zone, nearStreetBoundary, urgency, placement);
    }

    public static CaseTransferred transfer(CaseOpened opened, String department, String reason, Instant at) {
        return new CaseTransferred(opened.caseNumber(), opened.reportId(), opened.categoryCode(), department, reason,
                Actor.SYSTEM.id(), at);
    }

    public static CaseDispatched dispatch(CaseOpened opened, Dispatch decision, Actor actor, Instant at) {
        return new CaseDispatched(opened.caseNumber(), opened.reportId(), decision.team(), opened.cell().code(),
                decision.reason(), actor.id(), at, opened.categoryCode(), opened.urgency(), decision.handlingLimit(),
                decision.signBy(), decision.assistingTeams());
    }

    // ---- decisions: each checks the rules and returns the events that record the change ----

    /** Sends the case (again) to a team: a returned or unsigned case, or one the command centre reassigns. */
    public CaseDispatched redispatch(Dispatch decision, Actor actor, Instant at) {
        requireOpen();
        if (status == CaseStatus.RESOLVED) {
            throw new CaseRuleViolation("case " + caseNumber() + " is resolved and waits for verification");
        }
        return dispatch(opened, decision, actor, at);
    }

    public CaseAccepted sign(Actor actor, Instant at) {
        requireStatus(CaseStatus.DISPATCHED, "signed for");
        return new CaseAccepted(caseNumber(), reportId(), team, actor.id(), at);
    }

    public CaseCheckedIn checkIn(Actor actor, GeoPoint position, double distanceMetres, Instant at) {
        requireWithTeam("checked in on");
        return new CaseCheckedIn(caseNumber(), reportId(), position, distanceMetres, actor.id(), at);
    }

    public CaseResolved resolve(Actor actor, String notes, List<EvidenceRef> evidence, Instant at) {
        requireWithTeam("resolved");
        if (evidence.stream().noneMatch(e -> e.kind() == EvidenceRef.Kind.AFTER)) {
            throw new InvalidCaseInput("a result needs at least one photo of kind AFTER");
        }
        return new CaseResolved(caseNumber(), reportId(), team, notes, evidence, actor.id(), at);
    }

    /** A passed verification closes the case (结案); a failed one sends it back to the team (返工). */
    public List<CaseEvent> verify(Actor actor, boolean passed, String notes, List<EvidenceRef> evidence,
                                  Instant at) {
        requireStatus(CaseStatus.RESOLVED, "verified");
        CaseVerified verified = new CaseVerified(caseNumber(), reportId(), passed, notes, evidence, actor.id(), at);
        if (!passed) {
            return List.of(verified);
        }
        return List.of(verified, new CaseClosed(caseNumber(), reportId(), "verified on site by " + actor.id(),
                actor.id(), at));
    }

    public CaseReturned giveBack(Actor actor, String reason, Instant at) {
        if (status != CaseStatus.DISPATCHED && !status.inHandsOfTeam()) {
            throw new CaseRuleViolation("case " + caseNumber() + " is " + status + " and cannot be returned");
        }
        return new CaseReturned(caseNumber(), reportId(), team, reason, actor.id(), at);
    }

    public CaseExtensionRequested requestExtension(Actor actor, TimeLimit extension, String reason, Instant at) {
        requireWithTeam("extended");
        if (pendingExtension != null) {
            throw new CaseRuleViolation("case " + caseNumber() + " already has an extension request pending");
        }
        return new CaseExtensionRequested(caseNumber(), reportId(), team, extension, reason, actor.id(), at);
    }

    public CaseExtensionDecided decideExtension(Actor actor, boolean granted, String reason, Instant at) {
        requireOpen();
        if (pendingExtension == null) {
            throw new CaseRuleViolation("case " + caseNumber() + " has no extension request pending");
        }
        return new CaseExtensionDecided(caseNumber(), reportId(), granted, pendingExtension, reason, actor.id(), at);
    }

    public CaseBacklogged backlog(Actor actor, String reason, Instant at) {
        requireWithTeam("put on the backlog");
        if (status == CaseStatus.BACKLOGGED) {
            throw new CaseRuleViolation("case " + caseNumber() + " is on the backlog already");
        }
        if (extensionsGranted == 0) {
            throw new CaseRuleViolation("only a case still unsolved after an extension goes on the backlog");
        }
        return new CaseBacklogged(caseNumber(), reportId(), reason, actor.id(), at);
    }

    public CaseChased chase(Actor actor, String reason, Instant at) {
        if (status != CaseStatus.DISPATCHED && !status.inHandsOfTeam()) {
            throw new CaseRuleViolation("case " + caseNumber() + " is " + status + ": no team to chase");
        }
        return new CaseChased(caseNumber(), reportId(), team, reason, actor.id(), at);
    }

    public CaseEscalated escalate(Actor actor, String reason, Instant at) {
        requireOpen();
        if (team == null) {
            throw new CaseRuleViolation("case " + caseNumber() + " has no team yet");
        }
        return new CaseEscalated(caseNumber(), reportId(), team, reason, actor.id(), at);
    }

    public CaseCancelled cancel(Actor actor, String reason, Instant at) {
        requireOpen();
        return new CaseCancelled(caseNumber(), reportId(), reason, actor.id(), at);
    }

    public CaseMerged mergeInto(DispatchCase original, Actor actor, String reason, Instant at) {
        requireOpen();
        if (original.caseNumber().equals(caseNumber())) {
            throw new InvalidCaseInput("a case cannot be merged into itself");
        }
        if (!original.status().takesDuplicates()) {
            throw new CaseRuleViolation("case " + original.caseNumber() + " is " + original.status()
                    + " and cannot take duplicates");
        }
        return new CaseMerged(caseNumber(), reportId(), original.caseNumber(), reason, actor.id(), at);
    }

    /**
     * An unsatisfied call-back reopens the closed case (重办) when the policy allows: back to the team that handled it,
     * for rework, with a fresh handling clock of the limit in force.
     */
    public CaseReopened reopen(ReopenPolicy policy, String reason, String callbackEventId, Instant at) {
        if (!policy.enabled()) {
            throw new CaseRuleViolation("reopening after an unsatisfied call-back is switched off");
        }
        requireStatus(CaseStatus.CLOSED, "reopened");
        if (reopenings >= policy.limit()) {
            throw new CaseRuleViolation("case " + caseNumber() + " was reopened " + reopenings
                    + " time(s) already, the most the policy allows");
        }
        return new CaseReopened(caseNumber(), reportId(), team, handlingLimit, reason, callbackEventId,
                Actor.SYSTEM.id(), at);
    }

    // ---- the fold ----

    /** Moves the state on by one recorded event. */
    public void apply(Recorded recorded) {
        history.add(recorded);
        CaseEvent event = recorded.event();
        if (event instanceof CaseOpened e) {
            opened = e;
            status = CaseStatus.OPENED;
        } else if (event instanceof CaseDispatched e) {
            if (status == CaseStatus.DISPATCHED) {
                // the team it was sent to before never signed for it
                teamsPassedOver.add(team.id());
            }
            status = CaseStatus.DISPATCHED;
            pendingExtension = null;
            team = e.team();
            assistingTeams = e.assistingTeams();
            handlingLimit = e.handlingLimit();
            dispatchedAt = e.dispatchedAt();
            handedOverAt = e.dispatchedAt();
            signBy = e.signBy();
            dispatchEventId = recorded.eventId();
            chasedSinceDispatch = false;
        } else if (event instanceof CaseTransferred e) {
            status = CaseStatus.TRANSFERRED;
            department = e.department();
        } else if (event instanceof CaseAccepted e) {
            status = CaseStatus.ACCEPTED;
            handlers.add(e.actor());
        } else if (event instanceof CaseChased) {
            chasedSinceDispatch = true;
        } else if (event instanceof CaseCheckedIn e) {
            handlers.add(e.actor());
            if (status != CaseStatus.BACKLOGGED) {
                status = CaseStatus.ON_SITE;
            }
        } else if (event instanceof CaseResolved e) {
            handlers.add(e.actor());
            status = CaseStatus.RESOLVED;
        } else if (event instanceof CaseVerified e) {
            status = e.passed() ? CaseStatus.RESOLVED : CaseStatus.REWORK;
            if (!e.passed()) {
                handedOverAt = e.verifiedAt();
            }
        } else if (event instanceof CaseClosed) {
            status = CaseStatus.CLOSED;
            pendingExtension = null;
        } else if (event instanceof CaseReturned e) {
            status = CaseStatus.RETURNED;
            teamsPassedOver.add(e.team().id());
        } else if (event instanceof CaseExtensionRequested e) {
            pendingExtension = e.extension();
        } else if (event instanceof CaseExtensionDecided e) {
            pendingExtension = null;
            if (e.granted()) {
                extensionsGranted++;
            }
        } else if (event instanceof CaseBacklogged) {
            status = CaseStatus.BACKLOGGED;
        } else if (event instanceof CaseCancelled) {
            status = CaseStatus.CANCELLED;
        } else if (event instanceof CaseMerged e) {
            status = CaseStatus.MERGED;
            mergedInto = e.intoCaseNumber();
        } else if (event instanceof CaseReopened e) {
            status = CaseStatus.REWORK;
            pendingExtension = null;
            handedOverAt = e.reopenedAt();
            team = e.team();
            if (e.handlingLimit() != null) {
                handlingLimit = e.handlingLimit();
            }
            reopenings++;
        }
        // CaseEscalated changes no state: it is the record of the command centre's pressure.
        statusTrail.add(status);
    }

    private void requireOpen() {
        if (status.terminal()) {
            throw new CaseRuleViolation("case " + caseNumber() + " is " + status);
        }
    }

    private void requireStatus(CaseStatus wanted, String verb) {
        if (status != wanted) {
            throw new CaseRuleViolation("case " + caseNumber() + " is " + status + " and cannot be " + verb);
        }
    }

    private void requireWithTeam(String verb) {
        if (!status.inHandsOfTeam()) {
            throw new CaseRuleViolation("case " + caseNumber() + " is " + status + " and cannot be " + verb
                    + " until the team has signed for it");
        }
    }

    // ---- state ----

    public CaseOpened opened() {
        return opened;
    }

    public String caseNumber() {
        return opened.caseNumber();
    }

    public String reportId() {
        return opened.reportId();
    }

    public CaseStatus status() {
        return status;
    }

    public TeamRef team() {
        return team;
    }

    public List<TeamRef> assistingTeams() {
        return assistingTeams;
    }

    public TimeLimit handlingLimit() {
        return handlingLimit;
    }

    /**
     * When the case was last given to its team: dispatched, sent back after a failed check, or reopened for rework;
     * null before the first dispatch. Nothing the team does on it can be dated earlier.
     */
    public Instant handedOverAt() {
        return handedOverAt;
    }

    public Instant dispatchedAt() {
        return dispatchedAt;
    }

    public Instant signBy() {
        return signBy;
    }

    /** The id of the dispatch in force: what a chase or re-dispatch for an unsigned task answers to. */
    public String dispatchEventId() {
        return dispatchEventId;
    }

    public boolean chasedSinceDispatch() {
        return chasedSinceDispatch;
    }

    public TimeLimit pendingExtension() {
        return pendingExtension;
    }

    public String department() {
        return department;
    }

    public String mergedInto() {
        return mergedInto;
    }

    /** How many times an unsatisfied call-back reopened the case. */
    public int reopenings() {
        return reopenings;
    }

    /** Teams that returned the case or let it go unsigned: re-dispatch passes them over by default. */
    public Set<String> teamsPassedOver() {
        return Collections.unmodifiableSet(teamsPassedOver);
    }

    /** Whether the case still waits for its team to sign for the dispatch recorded as event {@code dispatchEventId}. */
    public boolean awaitsSignatureFor(String dispatchEventId) {
        return status == CaseStatus.DISPATCHED && dispatchEventId.equals(this.dispatchEventId);
    }

    /** Members who signed for, worked on or resolved the case: none of them may verify it. */
    public Set<String> handlers() {
        return Collections.unmodifiableSet(handlers);
    }

    public boolean involvesTeam(String teamId) {
        return team != null && (team.id().equals(teamId)
                || assistingTeams.stream().anyMatch(assisting -> assisting.id().equals(teamId)));
    }

    public List<Recorded> history() {
        return List.copyOf(history);
    }

    /** The status the case was in after each event of its history. */
    public List<CaseStatus> statusTrail() {
        return List.copyOf(statusTrail);
    }

    /** Counts the changes so far; the version an ETag names. */
    public int version() {
        return history.size();
    }
}
