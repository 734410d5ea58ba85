package city.gridline.dispatch.cases.domain;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.ZoneRef;
import city.gridline.contracts.event.ReportLocated;

/**
 * Chooses the team a located report goes to, in the policy's order: a report inside a special zone (特殊地区: CBD,
 * 朝阳园, 798, Workers' Stadium) goes to that zone's special-area team; any other to the comprehensive enforcement
 * group stationed in its cell (长驻网格的综合执法组).
 */
public final class TeamAssignment {

    public Assignment assign(ReportLocated located) {
        ZoneRef zone = located.zone();
        if (zone != null) {
            return new Assignment(zone.team(), "special zone " + zone.name() + " (" + zone.code() + ")");
        }
        return new Assignment(located.residentTeam(), "resident team of cell " + located.cell().code());
    }

    public record Assignment(TeamRef team, String reason) {
    }
}
