package city.gridline.intake.report.adapter.web;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.TeamRef;
import city.gridline.intake.report.domain.CitizenStatusText;
import city.gridline.intake.report.domain.FiledBy;
import city.gridline.intake.report.domain.Normalization;
import city.gridline.intake.report.domain.PhotoRef;
import city.gridline.intake.report.domain.ReportStatus;
import city.gridline.intake.report.domain.SourceDetails;
import city.gridline.intake.report.domain.ReportView;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code GET /api/v1/reports/{reportId}}: the status, and in {@code statusText} as the citizen is told
 * it (in Chinese). Cell, case number and team are null until known, {@code department} until the case is
 * transferred to one, {@code mergedInto} until it is merged into another case; {@code normalizations} lists what
 * intake did to the report's text (empty when nothing); {@code source} is what the channel told beyond the canonical
 * report (absent for the plain intake API). A report merged into an open
 * report it repeats names it in {@code duplicateOf} and shows that report's status and case; the open report lists
 * the reports merged into it in {@code duplicates}. {@code filedBy} is who filed it: the caller (a token's subject,
 * or {@code key:<id>}) and its {@code credential} ({@code BEARER_TOKEN}, {@code API_KEY}); absent when unknown.
 */
public record ReportStatusResponse(String reportId, ReportStatus status, String statusText, String reason,
                                   String caseNumber, Cell cell, Team team, String department, String mergedInto,
                                   String channel, String sourceTicketId,
                                   String categoryCode, Instant receivedAt, List<Normalization> normalizations,
                                   Source source, String duplicateOf, String duplicateReason, List<String> duplicates,
                                   FiledBy filedBy) {

    /** The channel's own classification, times, reporter id, photos and attributes, as far as it told them. */
    public record Source(String category, Instant sourceTime, Instant deadline, String reporterId,
                         List<PhotoRef> photos, Map<String, List<String>> attributes) {

        static Source of(SourceDetails source, Instant receivedAt) {
            return source == null ? null : new Source(source.sourceCategory(), source.sourceTime(),
                    source.deadlineFrom(receivedAt), source.reporterId(), source.photos(), source.attributes());
        }
    }

    public record Cell(String code, String community, String street, String district) {

        static Cell of(CellRef cell) {
            return cell == null ? null : new Cell(cell.code(), cell.community().name(), cell.street().name(),
                    cell.district().name());
        }
    }

    public record Team(String id, String name) {

        static Team of(TeamRef team) {
            return team == null ? null : new Team(team.id(), team.name());
        }
    }

    static ReportStatusResponse of(ReportView view) {
        return new ReportStatusResponse(view.reportId(), view.status(), CitizenStatusText.of(view), view.reason(),
                view.caseNumber(), Cell.of(view.cell()), Team.of(view.team()), view.department(), view.mergedInto(),
                view.channel().code(), view.sourceTicketId(),
                view.categoryCode(), view.receivedAt(), view.normalizations(),
                Source.of(view.source(), view.receivedAt()), view.duplicateOf(), view.duplicateReason(),
                view.duplicates(), view.filedBy());
    }
}
