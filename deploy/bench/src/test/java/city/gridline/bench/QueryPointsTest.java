package city.gridline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.CellIndex;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

class QueryPointsTest {

    private static final List<Cell> CELLS = SyntheticLattice.generate(4_000, 20261123);
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /**
     * The benchmark's cell-centre points stand for look-ups that need no geometry: each must lie so deep inside its
     * cell that the whole bucket around it does, farther from the boundary than a bucket's diagonal (the index
     * cuts the layer's envelope into 32 buckets per cell).
     */
    @Test
    void cellCentresLieFartherFromEveryBoundaryThanABucketsDiagonal() {
        QueryPoints centres = QueryPoints.cellCentres(CELLS, 5_000, 7);
        Envelope layer = new Envelope();
        CELLS.forEach(cell -> layer.expandToInclude(cell.geometry().getEnvelopeInternal()));
        double bucketDiagonal = Math.sqrt(2 * layer.getArea() / (32.0 * CELLS.size()));
        CellIndex index = new CellIndex(CELLS);
        for (int i = 0; i < centres.size(); i++) {
            Point point = GEOMETRY.createPoint(new Coordinate(centres.lon()[i], centres.lat()[i]));
            Cell cell = index.locate(point.getX(), point.getY()).orElseThrow();
            assertThat(cell.geometry().getBoundary().distance(point)).as(point.toText()).isGreaterThan(bucketDiagonal);
        }
    }
}
