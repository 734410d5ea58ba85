package city.gridline.notification.timeline.domain;

import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.TeamRef;
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
import city.gridline.contracts.event.CaseReopened;
import city.gridline.contracts.event.CaseResolved;
import city.gridline.contracts.event.CaseReturned;
import city.gridline.contracts.event.CaseTransferred;
import city.gridline.contracts.event.CaseVerified;

import java.util.Locale;
import java.util.stream.Collectors;

/** The line a timeline shows for a case step: the Chinese term of the step, then a short English explanation. */
public final class CaseStepSummary {

    private CaseStepSummary() {
    }

    public static String of(CaseEvent event) {
        if (event instanceof CaseOpened opened) {
            return "立案 opened: category " + opened.categoryCode() + " in cell " + opened.cell().code() + " ("
                    + opened.cell().street().name() + " " + opened.cell().community().name() + ")";
        }
        if (event instanceof CaseDispatched dispatched) {
            String assisting = dispatched.assistingTeams().isEmpty() ? ""
                    : ", assisted by " + dispatched.assistingTeams().stream().map(CaseStepSummary::team)
                    .collect(Collectors.joining(", "));
            return "派遣 dispatched to " + team(dispatched.team()) + assisting + ": " + dispatched.reason();
        }
        if (event instanceof CaseTransferred transferred) {
            return "移交 transferred to " + transferred.department() + ": " + transferred.reason();
        }
        if (event instanceof CaseAccepted accepted) {
            return "签收 signed for by " + team(accepted.team());
        }
        if (event instanceof CaseChased chased) {
            return "催办 chased " + team(chased.team()) + ": " + chased.reason();
        }
        if (event instanceof CaseCheckedIn checkedIn) {
            return String.format(Locale.ROOT, "到场 checked in on site, %.0f m from the case", checkedIn.distanceMetres());
        }
        if (event instanceof CaseResolved resolved) {
            return "处理反馈 resolved by " + team(resolved.team()) + " with " + resolved.evidence().size()
                    + " piece(s) of evidence: " + resolved.notes();
        }
        if (event instanceof CaseVerified verified) {
            return verified.passed() ? "核查通过 verification passed: " + verified.notes()
                    : "核查不通过 verification failed, back for rework (返工): " + verified.notes();
        }
        if (event instanceof CaseClosed closed) {
            return "结案 closed: " + closed.reason();
        }
        if (event instanceof CaseReturned returned) {
            return "退单 returned by " + team(returned.team()) + ": " + returned.reason();
        }
        if (event instanceof CaseExtensionRequested requested) {
            return "延期申请 extension of " + limit(requested.extension()) + " requested by " + team(requested.team())
                    + ": " + requested.reason();
        }
        if (event instanceof CaseExtensionDecided decided) {
            return (decided.granted() ? "延期批准 extension of " + limit(decided.extension()) + " granted: "
                    : "延期驳回 extension refused: ") + decided.reason();
        }
        if (event instanceof CaseBacklogged backlogged) {
            return "挂账 put on the problem backlog: " + backlogged.reason();
        }
        if (event instanceof CaseCancelled cancelled) {
            return "作废 cancelled: " + cancelled.reason();
        }
        if (event instanceof CaseMerged merged) {
            return "合并 merged into case " + merged.intoCaseNumber() + ": " + merged.reason();
        }
        if (event instanceof CaseEscalated escalated) {
            return "督办 escalated, supervising " + team(escalated.team()) + ": " + escalated.reason();
        }
        if (event instanceof CaseReopened reopened) {
            return "重办 reopened after the call-back, back to " + team(reopened.team()) + " for rework: "
                    + reopened.reason();
        }
        // CaseEvent is sealed and every permitted type is handled above; a new type must be added here.
        throw new IllegalArgumentException("no summary for " + event.getClass().getName());
    }

    private static String team(TeamRef team) {
        return team.name() + " (" + team.id() + ")";
    }

    private static String limit(TimeLimit limit) {
        return limit.amount() + (limit.unit() == TimeLimit.Unit.HOURS ? " hour(s)" : " working day(s)");
    }
}
