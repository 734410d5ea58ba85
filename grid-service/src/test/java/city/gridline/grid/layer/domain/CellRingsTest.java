package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;

class CellRingsTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final List<Geometry> CHAOYANG = ChaoyangFixture.LAYER.cells().stream().map(Cell::geometry).toList();

    @Test
    void keepsTheGeneratedLayerOnTheIntGridAndAnythingElseAsDoubles() {
        // rotated by a tiny angle, the coordinates leave the 2^-30 degree grid
        AffineTransformation rotation = AffineTransformation.rotationInstance(1e-7, 116.5, 39.9);
        List<Geometry> rotated = CHAOYANG.stream().map(rotation::transform).toList();

        assertThat(CellRings.of(CHAOYANG)).isInstanceOf(GridCellRings.class);
        assertThat(CellRings.of(rotated)).isInstanceOf(DoubleCellRings.class);
        assertThat(CellRings.of(List.of(GEOMETRY.toGeometry(new Envelope(-1, 1, -1, 1)))))
                .as("not positive, so subtracting the origin would not be exact").isInstanceOf(DoubleCellRings.class);
    }

    @Test
    void bothStoragesAnswerLikeJtsCoversNearEveryCellsVertices() {
        AffineTransformation rotation = AffineTransformation.rotationInstance(1e-7, 116.5, 39.9);
        for (List<Geometry> geometries : List.of(CHAOYANG, CHAOYANG.stream().map(rotation::transform).toList())) {
            CellRings rings = CellRings.of(geometries);
            SplittableRandom random = new SplittableRandom(3);
            List<String> disagreements = new ArrayList<>();
            for (int cell = 0; cell < geometries.size(); cell += 3) {
                Geometry geometry = geometries.get(cell);
                for (Coordinate vertex : geometry.getCoordinates()) {
                    double span = geometry.getEnvelopeInternal().getWidth() * 0.2;
                    for (Coordinate point : List.of(vertex, new Coordinate(Math.nextUp(vertex.x), vertex.y),
                            new Coordinate(vertex.x + random.nextDouble(-span, span),
                                    vertex.y + random.nextDouble(-span, span)))) {
                        boolean expected = geometry.covers(GEOMETRY.createPoint(point));
                        if (rings.covers(cell, point.x, point.y) != expected
                                || rings.coversExactly(cell, point.x, point.y) != expected) {
                            disagreements.add("cell " + cell + " at " + point + ": JTS says " + expected);
                        }
                    }
                }
            }
            assertThat(disagreements).as(rings.getClass().getSimpleName()).isEmpty();
        }
    }

    @Test
    void storesEveryRingWithTheCellsInteriorOnTheLeft() {
        Geometry withHole = GEOMETRY.createPolygon(GEOMETRY.createLinearRing(new Coordinate[] {new Coordinate(1, 1),
            new Coordinate(1, 4), new Coordinate(4, 4), new Coordinate(4, 1), new Coordinate(1, 1)}),
                new org.locationtech.jts.geom.LinearRing[] {GEOMETRY.createLinearRing(new Coordinate[] {
                    new Coordinate(2, 2), new Coordinate(3, 2), new Coordinate(3, 3), new Coordinate(2, 3),
                    new Coordinate(2, 2)})});
        CellRings rings = CellRings.of(List.of(withHole));

        // shell counter-clockwise from (1, 1), then a separator, then the hole clockwise from (2, 2)
        assertThat(rings.x(1)).isEqualTo(4.0);
        assertThat(rings.y(1)).isEqualTo(1.0);
        assertThat(rings.x(5)).isNaN();
        assertThat(rings.x(7)).isEqualTo(2.0);
        assertThat(rings.y(7)).isEqualTo(3.0);
    }
}
