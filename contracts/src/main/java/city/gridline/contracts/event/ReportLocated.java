package city.gridline.contracts.event;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.ReportSummary;
import city.gridline.contracts.TeamRef;
import city.gridline.contracts.ZoneRef;

import java.util.Objects;

/**
 * {@code gridline.report.located.v1}: the report lies in this cell of this grid layer version; the point is in
 * the layer's coordinate system; the resident team is the one stationed in the cell.
 *
 * <p>Added within v1 (absent in older events, read as the defaults): {@code placement} (default
 * {@link Placement#POINT}), {@code nearCellBoundary} and {@code nearStreetBoundary} (the point lies within the
 * layer's boundary distance of its cell's or its street's edge; default false), and {@code zone}, the special
 * zone the point lies in (none by default).
 */
public record ReportLocated(String reportId, ReportSummary report, GeoPoint point, CellRef cell,
                            TeamRef residentTeam, String layerVersion, Placement placement,
                            boolean nearCellBoundary, boolean nearStreetBoundary, ZoneRef zone)
        implements ReportLocation {

    public ReportLocated {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(residentTeam, "residentTeam");
        Objects.requireNonNull(layerVersion, "layerVersion");
        placement = placement == null ? Placement.POINT : placement;
    }

    /** True when a person must confirm the placement before the case is worked on. */
    public boolean needsConfirmation() {
        return placement != Placement.POINT;
    }
}
