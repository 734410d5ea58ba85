package city.gridline.contracts.event;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.ReportSummary;
import city.gridline.contracts.TeamRef;

import java.util.Objects;

/**
 * {@code gridline.report.located.v1}: the report lies in this cell of this grid layer version; the point is in
 * the layer's coordinate system; the resident team is the one stationed in the cell.
 */
public record ReportLocated(String reportId, ReportSummary report, GeoPoint point, CellRef cell,
                            TeamRef residentTeam, String layerVersion) implements ReportLocation {

    public ReportLocated {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(residentTeam, "residentTeam");
        Objects.requireNonNull(layerVersion, "layerVersion");
    }
}
