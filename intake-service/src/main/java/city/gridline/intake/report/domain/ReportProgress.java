package city.gridline.intake.report.domain;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.event.CaseAccepted;
import city.gridline.contracts.event.CaseBacklogged;
import city.gridline.contracts.event.CaseCancelled;
import city.gridline.contracts.event.CaseCheckedIn;
import city.gridline.contracts.event.CaseClosed;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseMerged;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.CaseReopened;
import city.gridline.contracts.event.CaseResolved;
import city.gridline.contracts.event.CaseReturned;
import city.gridline.contracts.event.CaseTransferred;
import city.gridline.contracts.event.CaseVerified;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.contracts.event.ReportUnlocatable;
import city.gridline.contracts.event.UnlocatableReason;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one later event teaches intake about a report: the status it implies, when the event happened, and the facts
 * to record (each null when the event does not tell it): case number, cell, team, the department a transferred case
 * went to, the case a merged case went into, the handling limit with the dispatch its clock started at, and why grid
 * could not place the report.
 * Applying the same progress twice changes nothing.
 */
public record ReportProgress(String reportId, ReportStatus status, String reason, Instant occurredAt,
                             String caseNumber, CellRef cell, TeamRef team, String department, String mergedInto,
                             TimeLimit handlingLimit, Instant dispatchedAt, UnlocatableReason unlocatableReason) {

    public ReportProgress {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static Optional<ReportProgress> of(ReportLocation location, Instant occurredAt) {
        if (location instanceof ReportLocated located) {
            return Optional.of(new ReportProgress(located.reportId(), ReportStatus.LOCATED, null, occurredAt, null,
                    located.cell(), null, null, null, null, null, null));
        }
        if (location instanceof ReportUnlocatable unlocatable) {
            return Optional.of(new ReportProgress(unlocatable.reportId(), ReportStatus.UNLOCATABLE,
                    unlocatable.reason(), occurredAt, null, null, null, null, null, null, null,
                    unlocatable.reasonCode()));
        }
        return Optional.empty();
    }

    /**
     * Case events that leave the status where it is — chased (催办), escalated (督办), extensions, a passed
     * verification (closing follows) — give nothing.
     */
    public static Optional<ReportProgress> of(CaseEvent event, Instant occurredAt) {
        if (event instanceof CaseOpened opened) {
            return Optional.of(new ReportProgress(opened.reportId(), ReportStatus.OPENED, null, occurredAt,
                    opened.caseNumber(), opened.cell(), null, null, null, null, null, null));
        }
        if (event instanceof CaseDispatched dispatched) {
            return Optional.of(new ReportProgress(dispatched.reportId(), ReportStatus.DISPATCHED,
                    dispatched.reason(), occurredAt, dispatched.caseNumber(), null, dispatched.team(), null, null,
                    dispatched.handlingLimit(), dispatched.dispatchedAt(), null));
        }
        if (event instanceof CaseTransferred transferred) {
            return Optional.of(new ReportProgress(transferred.reportId(), ReportStatus.TRANSFERRED,
                    transferred.reason(), occurredAt, transferred.caseNumber(), null, null, transferred.department(),
                    null, null, null, null));
        }
        if (event instanceof CaseMerged merged) {
            return Optional.of(new ReportProgress(merged.reportId(), ReportStatus.MERGED, merged.reason(),
                    occurredAt, merged.caseNumber(), null, null, null, merged.intoCaseNumber(), null, null, null));
        }
        if (event instanceof CaseReopened reopened) {
            // Back with the team after an unsatisfied call-back, on a fresh handling clock from the reopening.
            return Optional.of(new ReportProgress(reopened.reportId(), ReportStatus.IN_PROGRESS, reopened.reason(),
                    occurredAt, reopened.caseNumber(), null, reopened.team(), null, null, reopened.handlingLimit(),
                    reopened.handlingLimit() == null ? null : reopened.reopenedAt(), null));
        }
        if (event instanceof CaseVerified verified && verified.passed()) {
            return Optional.empty();
        }
        return statusOf(event).map(status -> new ReportProgress(event.reportId(), status, reasonOf(event),
                occurredAt, event.caseNumber(), null, null, null, null, null, null, null));
    }

    private static Optional<ReportStatus> statusOf(CaseEvent event) {
        if (event instanceof CaseAccepted || event instanceof CaseCheckedIn || event instanceof CaseVerified) {
            return Optional.of(ReportStatus.IN_PROGRESS);
        }
        if (event instanceof CaseReturned) {
            return Optional.of(ReportStatus.RETURNED);
        }
        if (event instanceof CaseResolved) {
            return Optional.of(ReportStatus.RESOLVED);
        }
        if (event instanceof CaseBacklogged) {
            return Optional.of(ReportStatus.BACKLOGGED);
        }
        if (event instanceof CaseClosed) {
            return Optional.of(ReportStatus.CLOSED);
        }
        if (event instanceof CaseCancelled) {
            return Optional.of(ReportStatus.CANCELLED);
        }
        return Optional.empty();
    }

    private static String reasonOf(CaseEvent event) {
        if (event instanceof CaseReturned returned) {
            return returned.reason();
        }
        if (event instanceof CaseResolved resolved) {
            return resolved.notes();
        }
        if (event instanceof CaseVerified verified) {
            return verified.notes();
        }
        if (event instanceof CaseBacklogged backlogged) {
            return backlogged.reason();
        }
        if (event instanceof CaseClosed closed) {
            return closed.reason();
        }
        if (event instanceof CaseCancelled cancelled) {
            return cancelled.reason();
        }
        return null;
    }
}
