package city.gridline.dispatch.cases.domain;

import city.gridline.dispatch.teams.domain.Role;

/**
 * Who may do what to a case, as the 2017 policies put it: assistants (协管员) assist and report but never take an
 * enforcement decision; officers act on their own team's tasks only; a supervisor never verifies a case they
 * handled; only the command centre re-dispatches, chases, escalates, approves extensions, cancels and merges.
 */
public final class CasePolicy {

    private CasePolicy() {
    }

    /** Signing for, resolving, returning and asking for more time are decisions of the lead team's officers. */
    public static void mayDecideAsTeam(Actor actor, DispatchCase dispatchCase, String action) {
        if (actor.is(Role.ASSISTANT)) {
            throw new NotAllowed("an assistant (协管员) may not " + action + " a case: only officers decide");
        }
        if (!actor.is(Role.OFFICER)) {
            throw new NotAllowed("only an officer of the handling team may " + action + " a case");
        }
        if (dispatchCase.team() == null || !dispatchCase.team().id().equals(actor.teamId())) {
            throw new NotAllowed("case " + dispatchCase.caseNumber() + " is not a task of team " + actor.teamId());
        }
    }

    /** Checking in and collecting evidence on site: officers and assistants of the lead or an assisting team. */
    public static void mayWorkOnSite(Actor actor, DispatchCase dispatchCase) {
        if (!actor.is(Role.OFFICER) && !actor.is(Role.ASSISTANT)) {
            throw new NotAllowed("only members of the handling teams work on site");
        }
        mayView(actor, dispatchCase);
    }

    /**
     * Officers and assistants see their own teams' tasks; supervisors, the command centre and administrators those
     * in their team's area.
     */
    public static void mayView(Actor actor, DispatchCase dispatchCase) {
        if ((actor.is(Role.OFFICER) || actor.is(Role.ASSISTANT)) && !dispatchCase.involvesTeam(actor.teamId())) {
            throw new NotAllowed("case " + dispatchCase.caseNumber() + " is not a task of team " + actor.teamId());
        }
        mayActInAreaOf(actor, dispatchCase);
    }

    public static void mayVerify(Actor actor, DispatchCase dispatchCase) {
        if (!actor.is(Role.SUPERVISOR)) {
            throw new NotAllowed("only a supervisor (监督员) verifies a result");
        }
        mayActInAreaOf(actor, dispatchCase);
        if (dispatchCase.handlers().contains(actor.id())) {
            throw new NotAllowed("a supervisor never verifies a case they handled");
        }
    }

    public static void mayAdd(Actor actor, EvidencePurpose purpose, DispatchCase dispatchCase) {
        if (purpose == EvidencePurpose.VERIFICATION) {
            mayVerify(actor, dispatchCase);
        } else {
            mayWorkOnSite(actor, dispatchCase);
        }
    }

    public static void mayCommand(Actor actor, DispatchCase dispatchCase, String action) {
        if (!actor.is(Role.COMMAND_CENTRE)) {
            throw new NotAllowed("only the command centre may " + action + " a case");
        }
        mayActInAreaOf(actor, dispatchCase);
    }

    private static void mayActInAreaOf(Actor actor, DispatchCase dispatchCase) {
        if (!actor.covers(dispatchCase)) {
            throw new NotAllowed("case " + dispatchCase.caseNumber() + " lies outside area " + actor.area()
                    + " of team " + actor.teamId());
        }
    }

    /** Why a piece of evidence is collected: handling it, or verifying the result. */
    public enum EvidencePurpose {
        HANDLING,
        VERIFICATION
    }
}
