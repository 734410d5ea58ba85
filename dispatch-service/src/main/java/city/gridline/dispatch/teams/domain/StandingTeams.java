package city.gridline.dispatch.teams.domain;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.TeamRef;
import city.gridline.contracts.ZoneRef;

import java.util.Optional;

/**
 * The teams the seed policy stations around every place, named from the place itself: the group resident in the
 * cell's level-1 grid, the street's squad, the district's comprehensive team, and the special-area team of a zone.
 * Dispatch learns them from the located reports, so a team exists here as soon as the grid names it.
 */
public final class StandingTeams {

    private StandingTeams() {
    }

    public static Team residentGroup(TeamRef team, CellRef cell) {
        return new Team(team.id(), team.name(), TeamKind.GRID_GROUP, cell.street().code(), cell.district().code());
    }

    public static Team streetSquad(CellRef cell) {
        return new Team("SQ-" + cell.street().code(), cell.street().name() + "综合执法中队", TeamKind.STREET_SQUAD,
                cell.street().code(), cell.district().code());
    }

    public static Team districtTeam(CellRef cell) {
        return new Team("DT-" + cell.district().code(), cell.district().name() + "城管综合执法大队",
                TeamKind.DISTRICT_TEAM, null, cell.district().code());
    }

    public static Optional<Team> specialAreaTeam(ZoneRef zone, CellRef cell) {
        if (zone == null) {
            return Optional.empty();
        }
        return Optional.of(new Team(zone.team().id(), zone.team().name(), TeamKind.SPECIAL_AREA, null,
                cell.district().code()));
    }
}
