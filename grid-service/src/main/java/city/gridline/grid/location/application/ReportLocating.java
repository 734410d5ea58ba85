package city.gridline.grid.location.application;

import city.gridline.contracts.AdminUnit;
import city.gridline.contracts.CellRef;
import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.ReportSummary;
import city.gridline.contracts.TeamRef;
import city.gridline.contracts.ZoneRef;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.Placement;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportLocation;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.contracts.event.ReportUnlocatable;
import city.gridline.contracts.event.UnlocatableReason;
import city.gridline.grid.layer.application.CurrentLayer;
import city.gridline.grid.layer.application.NoLayerInForceException;
import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.Gcj02;
import city.gridline.grid.location.domain.BoundaryProximity;
import city.gridline.grid.location.domain.Gazetteer;
import org.locationtech.jts.geom.Coordinate;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Places a received report in the current layer's cell. The layer's coordinates are GCJ-02, like the Chinese web
 * maps its outline comes from, so a WGS-84 (device GPS) point is converted first. The outcome's event id is
 * derived from the received event's, so a redelivered report yields the very same event. While no layer is in force
 * (a new installation before its first layer), every report is unlocatable and waits in manual triage.
 */
public class ReportLocating {

    public static final String SOURCE = "/gridline/grid-service";

    private final Supplier<Optional<CurrentLayer>> layer;
    private final Clock clock;

    public ReportLocating(Supplier<Optional<CurrentLayer>> layer, Clock clock) {
        this.layer = layer;
        this.clock = clock;
    }

    public EventEnvelope<ReportLocation> locate(EventEnvelope<ReportReceived> received) {
        ReportReceived report = received.data();
        ReportLocation outcome = layer.get().map(inForce -> outcomeOf(report, inForce))
                .orElseGet(() -> new ReportUnlocatable(report.reportId(), report.summary(),
                        UnlocatableReason.NO_LAYER_IN_FORCE,
                        "no grid layer is in force yet: left for manual triage"));
        return EventEnvelope.wrap(outcome, EventEnvelope.derivedEventId(received.eventId(), "located"),
                clock.instant(), received.traceId(), SOURCE);
    }

    /**
     * Where a person placed a report (manual triage): the point located exactly as a received report's point is —
     * converted to the layer's coordinates, flagged near boundaries, with its special zone — or unlocatable outside
     * every cell. {@link NoLayerInForceException} while no layer is in force.
     */
    public ReportLocation locateAt(String reportId, ReportSummary report, GeoPoint point) {
        CurrentLayer inForce = layer.get().orElseThrow(NoLayerInForceException::new);
        return atPoint(reportId, report, point, inForce);
    }

    private static ReportLocation outcomeOf(ReportReceived report, CurrentLayer layer) {
        if (report.location() == null) {
            return byAddress(report, layer);
        }
        return atPoint(report.reportId(), report.summary(), report.location(), layer);
    }

    private static ReportLocation atPoint(String reportId, ReportSummary report, GeoPoint reported,
                                          CurrentLayer layer) {
        GeoPoint point = inLayerCrs(reported);
        return layer.locate(point.lon(), point.lat())
                .<ReportLocation>map(cell -> {
                    BoundaryProximity.Proximity proximity = layer.boundaries().of(cell, point.lon(), point.lat());
                    ZoneRef zone = layer.zones().zoneAt(point.lon(), point.lat())
                            .map(z -> new ZoneRef(z.code(), z.name(), new TeamRef(z.teamId(), z.teamName())))
                            .orElse(null);
                    return new ReportLocated(reportId, report, point, cellRef(cell, cell.code()),
                            new TeamRef(cell.teamId(), cell.teamName()), layer.version(), Placement.POINT,
                            proximity.nearCellEdge(), proximity.nearStreetEdge(), zone);
                })
                .orElseGet(() -> new ReportUnlocatable(reportId, report, UnlocatableReason.OUTSIDE_SERVICE_AREA,
                        String.format(Locale.ROOT, "point (%.6f, %.6f) %s is outside every cell of grid layer %s",
                                reported.lon(), reported.lat(), reported.crs(), layer.version())));
    }

    /** An address-only report goes to its community's level-1 grid, for a person to confirm, or to triage. */
    private static ReportLocation byAddress(ReportReceived report, CurrentLayer layer) {
        Gazetteer.AddressMatch match = layer.gazetteer().match(report.address());
        return match.communityCell()
                .<ReportLocation>map(cell -> new ReportLocated(report.reportId(), report.summary(),
                        new GeoPoint(cell.representativePoint().getX(), cell.representativePoint().getY(), Crs.GCJ02),
                        cellRef(cell, cell.level1GridCode()), new TeamRef(cell.teamId(), cell.teamName()),
                        layer.version(), Placement.ADDRESS_COMMUNITY, false, false, null))
                .orElseGet(() -> new ReportUnlocatable(report.reportId(), report.summary(),
                        UnlocatableReason.ADDRESS_NOT_RESOLVED,
                        "address-only report left for manual triage: " + match.explanation()));
    }

    /** The point in the layer's coordinate system (GCJ-02), converted from WGS-84 if need be. */
    static GeoPoint inLayerCrs(GeoPoint point) {
        if (point.crs() == Crs.GCJ02) {
            return point;
        }
        Coordinate converted = Gcj02.fromWgs84(point.lon(), point.lat());
        return new GeoPoint(converted.x, converted.y, Crs.GCJ02);
    }

    static CellRef cellRef(Cell cell, String code) {
        return new CellRef(code,
                new AdminUnit(cell.community().code(), cell.community().name()),
                new AdminUnit(cell.street().code(), cell.street().name()),
                new AdminUnit(cell.district().code(), cell.district().name()));
    }
}
