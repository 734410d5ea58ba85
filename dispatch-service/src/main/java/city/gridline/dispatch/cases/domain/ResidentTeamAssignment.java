package city.gridline.dispatch.cases.domain;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.event.ReportLocated;

/**
 * Sends a case to the comprehensive enforcement group stationed in the report's cell (长驻网格的综合执法组), the
 * default rule of the policy when no special zone, cross-area or transfer rule applies.
 */
public final class ResidentTeamAssignment {

    public Assignment assign(ReportLocated located) {
        return new Assignment(located.residentTeam(), "resident team of cell " + located.cell().code());
    }

    public record Assignment(TeamRef team, String reason) {
    }
}
