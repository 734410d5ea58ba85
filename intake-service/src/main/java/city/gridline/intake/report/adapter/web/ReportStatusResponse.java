package city.gridline.intake.report.adapter.web;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.TeamRef;
import city.gridline.intake.report.domain.ReportStatus;
import city.gridline.intake.report.domain.ReportView;

import java.time.Instant;

/** The body of {@code GET /api/v1/reports/{reportId}}. Cell, case number and team are null until known. */
public record ReportStatusResponse(String reportId, ReportStatus status, String reason, String caseNumber,
                                   Cell cell, Team team, String channel, String sourceTicketId,
                                   String categoryCode, Instant receivedAt) {

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
        return new ReportStatusResponse(view.reportId(), view.status(), view.reason(), view.caseNumber(),
                Cell.of(view.cell()), Team.of(view.team()), view.channel().code(), view.sourceTicketId(),
                view.categoryCode(), view.receivedAt());
    }
}
