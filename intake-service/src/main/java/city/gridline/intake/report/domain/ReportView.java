package city.gridline.intake.report.domain;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.Channel;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.TeamRef;

import java.time.Instant;
import java.util.List;

/**
 * A report and what intake has learned of its fate so far. Cell, case number and team appear as they become known;
 * {@code normalizations} is what intake did to its text on the way in; {@code source} what the channel told beyond
 * the canonical report (null when nothing); {@code updatedAt} when the status last moved (null while received).
 */
public record ReportView(String reportId, Channel channel, String sourceTicketId, String categoryCode,
                         Instant receivedAt, ReportStatus status, String reason, String caseNumber, CellRef cell,
                         TeamRef team, List<Normalization> normalizations, String description, GeoPoint location,
                         String address, SourceDetails source, Instant updatedAt) {
}
