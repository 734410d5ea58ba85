package city.gridline.intake.report.domain;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.TeamRef;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.contracts.event.ReportUnlocatable;

import java.time.Instant;
import java.util.Optional;

/**
 * What one later event teaches intake about a report: the facts to record (each may be null when the event does
 * not tell it), the status it implies and when the event happened. Applying the same progress twice changes nothing.
 */
public record ReportProgress(String reportId, ReportStatus status, String reason, String caseNumber, CellRef cell,
                             TeamRef team, Instant occurredAt) {

    public static Optional<ReportProgress> of(ReportLocation location, Instant occurredAt) {
        if (location instanceof ReportLocated located) {
            return Optional.of(new ReportProgress(located.reportId(), ReportStatus.LOCATED, null, null,
                    located.cell(), null, occurredAt));
        }
        if (location instanceof ReportUnlocatable unlocatable) {
            return Optional.of(new ReportProgress(unlocatable.reportId(), ReportStatus.UNLOCATABLE,
                    unlocatable.reason(), null, null, null, occurredAt));
        }
        return Optional.empty();
    }

    /** Case events that say nothing new about the report's status (later lifecycle steps) give nothing. */
    public static Optional<ReportProgress> of(CaseEvent event, Instant occurredAt) {
        if (event instanceof CaseOpened opened) {
            return Optional.of(new ReportProgress(opened.reportId(), ReportStatus.OPENED, null,
                    opened.caseNumber(), opened.cell(), null, occurredAt));
        }
        if (event instanceof CaseDispatched dispatched) {
            return Optional.of(new ReportProgress(dispatched.reportId(), ReportStatus.DISPATCHED,
                    dispatched.reason(), dispatched.caseNumber(), null, dispatched.team(), occurredAt));
        }
        return Optional.empty();
    }
}
