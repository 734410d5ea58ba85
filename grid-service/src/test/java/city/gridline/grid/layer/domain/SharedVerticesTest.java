package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class SharedVerticesTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final Polygon SQUARE = FACTORY.createPolygon(new Coordinate[] {new Coordinate(0, 0),
            new Coordinate(1, 0), new Coordinate(1, 1), new Coordinate(0, 1), new Coordinate(0, 0)});

    @Test
    void insertsTheVerticesThatLieInsideAnEdgeInOrderAlongIt() {
        Polygon result = SharedVertices.insert(SQUARE, List.of(new Coordinate(0.75, 0), new Coordinate(0.25, 0),
                new Coordinate(0.5, 0.5), new Coordinate(1, 1), new Coordinate(2, 0)));

        assertThat(result.getCoordinates()).containsExactly(new Coordinate(0, 0), new Coordinate(0.25, 0),
                new Coordinate(0.75, 0), new Coordinate(1, 0), new Coordinate(1, 1), new Coordinate(0, 1),
                new Coordinate(0, 0));
        assertThat(result.equalsTopo(SQUARE)).isTrue();
    }

    @Test
    void leavesThePolygonAsItIsWhenNoVertexLiesOnItsEdges() {
        assertThat(SharedVertices.insert(SQUARE, List.of(new Coordinate(0.5, 0.5)))).isSameAs(SQUARE);
    }
}
