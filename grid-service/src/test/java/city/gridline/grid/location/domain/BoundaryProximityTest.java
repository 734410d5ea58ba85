package city.gridline.grid.location.domain;

import city.gridline.grid.layer.ChaoyangDataset;
import city.gridline.grid.layer.domain.Cell;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.coverage.CoverageUnion;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoundaryProximityTest {

    private static final List<Cell> CELLS = ChaoyangDataset.layer().cells();
    private static final double THRESHOLD_METRES = 30;
    /** About 10 m of latitude. */
    private static final double TEN_METRES_NORTH = 10 / 110_574.0;

    private final BoundaryProximity proximity = new BoundaryProximity(CELLS, THRESHOLD_METRES);

    @Test
    void pointDeepInsideItsCellIsNoBoundaryCase() {
        Cell cell = largestCell();
        var centre = cell.geometry().getInteriorPoint();

        BoundaryProximity.Proximity result = proximity.of(cell, centre.getX(), centre.getY());

        assertThat(result.nearCellEdge()).isFalse();
        assertThat(result.nearStreetEdge()).isFalse();
    }

    @Test
    void pointTenMetresFromAnEdgeSharedWithAnotherStreetIsNearBothEdges() {
        Cell cell = largestCell();
        Coordinate onEdge = pointOnStreetBoundary(cell);

        BoundaryProximity.Proximity nearEdge = proximity.of(cell, onEdge.x, onEdge.y);

        assertThat(nearEdge.nearCellEdge()).isTrue();
        assertThat(nearEdge.nearStreetEdge()).isTrue();
    }

    @Test
    void thresholdIsInMetres() {
        Cell cell = largestCell();
        var centre = cell.geometry().getInteriorPoint();
        double metresToEdge = cell.geometry().getBoundary().distance(centre) * 110_574.0;

        assertThat(new BoundaryProximity(CELLS, metresToEdge * 2).of(cell, centre.getX(), centre.getY())
                .nearCellEdge()).isTrue();
        assertThat(new BoundaryProximity(CELLS, metresToEdge / 3).of(cell, centre.getX(), centre.getY())
                .nearCellEdge()).isFalse();
    }

    private static Cell largestCell() {
        return CELLS.stream().max((a, b) -> Double.compare(a.geometry().getArea(), b.geometry().getArea()))
                .orElseThrow();
    }

    /** A vertex of the cell's ring that also bounds its street, nudged ~10 m so it stays inside the cell. */
    private static Coordinate pointOnStreetBoundary(Cell cell) {
        GeometryFactory geometries = cell.geometry().getFactory();
        Geometry streetBoundary = CoverageUnion.union(CELLS.stream()
                        .filter(c -> c.street().code().equals(cell.street().code())).map(Cell::geometry)
                        .toArray(Geometry[]::new))
                .getBoundary();
        for (Coordinate vertex : cell.geometry().getCoordinates()) {
            if (streetBoundary.distance(geometries.createPoint(vertex)) > 1e-9) {
                continue;
            }
            for (int[] step : new int[][] {{0, 1}, {0, -1}, {1, 0}, {-1, 0}, {1, 1}, {-1, -1}, {1, -1}, {-1, 1}}) {
                Coordinate nudged = new Coordinate(vertex.x + step[0] * TEN_METRES_NORTH * 1.3,
                        vertex.y + step[1] * TEN_METRES_NORTH);
                if (cell.geometry().contains(geometries.createPoint(nudged))) {
                    return nudged;
                }
            }
        }
        throw new AssertionError("cell " + cell.code() + " has no vertex on its street's boundary");
    }
}
