package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class AdjacencyGraphTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** Squares 0 and 1 share a side, 2 touches 1 only at a corner, 3 lies apart (nearest to 2). */
    private static final List<Polygon> SQUARES = List.of(square(0, 0), square(1, 0), square(2, 1), square(5, 2));

    @Test
    void neighboursShareASideNotJustACorner() {
        AdjacencyGraph graph = AdjacencyGraph.ofSharedEdges(SQUARES);

        assertThat(graph.neighbours(0)).containsExactly(1);
        assertThat(graph.neighbours(1)).containsExactly(0);
        assertThat(graph.neighbours(2)).isEmpty();
        assertThat(graph.adjacent(0, 1)).isTrue();
        assertThat(graph.adjacent(1, 2)).isFalse();
        assertThat(graph.components()).containsExactly(new int[] {0, 1}, new int[] {2}, new int[] {3});
    }

    @Test
    void linksEachDetachedComponentToTheNearestPolygonOfTheLargest() {
        AdjacencyGraph linked = AdjacencyGraph.ofSharedEdges(SQUARES).withDetachedComponentsLinked(SQUARES);

        assertThat(linked.neighbours(1)).containsExactly(0, 2, 3);
        assertThat(linked.neighbours(2)).containsExactly(1);
        assertThat(linked.neighbours(3)).containsExactly(1);
        assertThat(linked.components()).hasSize(1);
    }

    private static Polygon square(int x, int y) {
        return FACTORY.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + 1, y),
                new Coordinate(x + 1, y + 1), new Coordinate(x, y + 1), new Coordinate(x, y)});
    }
}
