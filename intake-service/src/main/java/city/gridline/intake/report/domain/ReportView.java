package city.gridline.intake.report.domain;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.Channel;
import city.gridline.contracts.TeamRef;

import java.time.Instant;

/** A report and what intake has learned of its fate so far. Cell, case number and team appear as they become known. */
public record ReportView(String reportId, Channel channel, String sourceTicketId, String categoryCode,
                         Instant receivedAt, ReportStatus status, String reason, String caseNumber, CellRef cell,
                         TeamRef team) {
}
