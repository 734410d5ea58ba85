package city.gridline.intake.report.domain;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.Channel;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.event.UnlocatableReason;

import java.time.Instant;
import java.util.List;

/**
 * A report and what intake has learned of its fate so far. Cell, case number and team appear as they become known;
 * {@code department} once its case was transferred, {@code mergedInto} once it was merged into another case,
 * {@code handling} once it was dispatched with a time limit; {@code normalizations} is what intake did to its text on
 * the way in; {@code source} what the channel told beyond the canonical report (null when nothing);
 * {@code updatedAt} when the status last moved (null while received); {@code duplicateOf} the open report this one
 * repeats, and why ({@code duplicateReason}); {@code duplicates} the reports merged into this one; {@code filedBy} who
 * filed it (null when unknown).
 */
public record ReportView(String reportId, Channel channel, String sourceTicketId, String categoryCode,
                         Instant receivedAt, ReportStatus status, String reason, String caseNumber, CellRef cell,
                         TeamRef team, String department, String mergedInto, Handling handling,
                         List<Normalization> normalizations, String description, GeoPoint location, String address,
                         SourceDetails source, Instant updatedAt, String duplicateOf, String duplicateReason,
                         List<String> duplicates, FiledBy filedBy, UnlocatableReason unlocatableReason) {

    /** The time limit the case's handling clock runs against, started when it was dispatched. */
    public record Handling(TimeLimit limit, Instant since) {
    }

    public ReportView {
        duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
    }

    /** A duplicate as its reporter sees it: where the case it follows stands. */
    public ReportView following(ReportView primary) {
        return new ReportView(reportId, channel, sourceTicketId, categoryCode, receivedAt, primary.status(),
                primary.reason(), primary.caseNumber(), primary.cell(), primary.team(), primary.department(),
                primary.mergedInto(), primary.handling(), normalizations, description, location, address, source,
                primary.updatedAt(), duplicateOf, duplicateReason, List.of(), filedBy, primary.unlocatableReason());
    }

    public ReportView withDuplicates(List<String> merged) {
        return new ReportView(reportId, channel, sourceTicketId, categoryCode, receivedAt, status, reason, caseNumber,
                cell, team, department, mergedInto, handling, normalizations, description, location, address, source,
                updatedAt, duplicateOf, duplicateReason, merged, filedBy, unlocatableReason);
    }
}
