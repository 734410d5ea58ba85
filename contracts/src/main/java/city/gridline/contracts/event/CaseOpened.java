package city.gridline.contracts.event;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.TeamRef;
import city.gridline.contracts.Urgency;
import city.gridline.contracts.ZoneRef;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code gridline.case.opened.v1}: a located report was filed as a case (立案).
 *
 * <p>Added within v1 (absent in older events, read as the defaults): {@code residentTeam}, the group stationed in
 * the case's cell (unknown); {@code zone}, the special zone the case lies in (none); {@code nearStreetBoundary}, the case lies on the edge of its street, so it may span two (false); and
 * {@code urgency} ({@link Urgency#NORMAL}); {@code placement}, how the report was placed ({@link Placement#POINT}): from an
 * address alone, {@code point} is only the community's, not where the problem is.
 */
public record CaseOpened(String caseNumber, String reportId, String categoryCode, String description,
                         CellRef cell, GeoPoint point, String layerVersion, String actor, Instant openedAt,
                         TeamRef residentTeam, ZoneRef zone, boolean nearStreetBoundary, Urgency urgency,
                         Placement placement)
        implements CaseEvent {

    public CaseOpened {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(layerVersion, "layerVersion");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(openedAt, "openedAt");
        urgency = urgency == null ? Urgency.NORMAL : urgency;
        placement = placement == null ? Placement.POINT : placement;
    }
}
