package city.gridline.grid.location.domain;

import city.gridline.grid.layer.domain.Cell;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.coverage.CoverageUnion;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tells whether a point lies within a set distance of its cell's edge or its street's edge: a report there may
 * concern the neighbouring cell or street too (a boundary case, which dispatch may route as cross-area).
 * Street outlines are unioned from the layer's cells once, when the layer is loaded.
 */
public final class BoundaryProximity {

    private final double thresholdMetres;
    private final LocalMetres metres;
    private final GeometryFactory geometries = new GeometryFactory();
    private final Map<String, IndexedFacetDistance> streetEdges;

    public BoundaryProximity(List<Cell> cells, double thresholdMetres) {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a layer without cells has no boundaries");
        }
        this.thresholdMetres = thresholdMetres;
        this.metres = new LocalMetres(cells.get(0).representativePoint().getY());
        this.streetEdges = cells.stream()
                .collect(Collectors.groupingBy(cell -> cell.street().code())).entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, street -> edgesOf(street.getValue())));
    }

    public Proximity of(Cell cell, double lon, double lat) {
        Point point = geometries.createPoint(new Coordinate(metres.x(lon), metres.y(lat)));
        boolean nearCellEdge = metres.project(cell.geometry()).getBoundary().isWithinDistance(point, thresholdMetres);
        boolean nearStreetEdge = streetEdges.get(cell.street().code()).isWithinDistance(point, thresholdMetres);
        return new Proximity(nearCellEdge, nearStreetEdge);
    }

    private IndexedFacetDistance edgesOf(List<Cell> streetCells) {
        Geometry[] projected = streetCells.stream().map(cell -> metres.project(cell.geometry()))
                .toArray(Geometry[]::new);
        return new IndexedFacetDistance(CoverageUnion.union(projected).getBoundary());
    }

    /** Whether the point is near its cell's edge and near its street's edge (the second implies the first). */
    public record Proximity(boolean nearCellEdge, boolean nearStreetEdge) {
    }
}
