package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class ContiguousBisectionTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    void givesEqualGroupsCompactQuadrants() {
        Squares grid = new Squares();
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                grid.add(x, y);
            }
        }

        Map<String, List<Integer>> groups = grid.partition(
                group("a", 1, 1), group("b", 1, 1), group("c", 1, 1), group("d", 1, 1));

        assertThat(groups.keySet()).containsExactly("a", "b", "c", "d");
        assertThat(grid.at(groups.get("a"))).containsExactlyInAnyOrder("0,3", "1,3", "0,2", "1,2");
        assertThat(grid.at(groups.get("b"))).containsExactlyInAnyOrder("0,1", "1,1", "0,0", "1,0");
        assertThat(grid.at(groups.get("c"))).containsExactlyInAnyOrder("2,3", "3,3", "2,2", "3,2");
        assertThat(grid.at(groups.get("d"))).containsExactlyInAnyOrder("2,1", "3,1", "2,0", "3,0");
    }

    @Test
    void sharesInProportionToWeightButKeepsMinimums() {
        Squares row = new Squares();
        for (int x = 0; x < 8; x++) {
            row.add(x, 0);
        }

        Map<String, List<Integer>> byWeight = row.partition(group("light", 1, 1), group("heavy", 3, 1));
        Map<String, List<Integer>> byMinimum = row.partition(group("empty-handed", 0, 3), group("heavy", 3, 1));

        assertThat(row.at(byWeight.get("light"))).containsExactly("0,0", "1,0");
        assertThat(byWeight.get("heavy")).hasSize(6);
        assertThat(row.at(byMinimum.get("empty-handed"))).containsExactly("0,0", "1,0", "2,0");
    }

    /**
     * A C open to the east: the five western squares by a plain west-to-east cut would leave the two eastern
     * ends of the arms apart. Growing keeps both sides in one piece: one arm with the back, and the other arm.
     */
    @Test
    void keepsBothSidesConnectedWhereAPlainCutWouldNot() {
        Squares shape = new Squares();
        for (int x = 0; x < 5; x++) {
            shape.add(x, 2);
            shape.add(x, 0);
        }
        shape.add(0, 1);

        Map<String, List<Integer>> groups = shape.partition(group("west", 1, 1), group("east", 1, 1));

        assertThat(groups.get("west")).hasSize(6);
        assertThat(groups.get("east")).hasSize(5);
        assertThat(shape.connected(groups.get("west"))).isTrue();
        assertThat(shape.connected(groups.get("east"))).isTrue();
        assertThat(shape.at(groups.get("west"))).containsExactlyInAnyOrder("0,2", "1,2", "2,2", "3,2", "4,2", "0,1");
    }

    @Test
    void everyGroupIsConnectedOnAnIrregularShape() {
        Squares comb = new Squares();
        for (int x = 0; x < 9; x++) {
            comb.add(x, 0);
            if (x % 2 == 0) {
                for (int y = 1; y < 6; y++) {
                    comb.add(x, y);
                }
            }
        }
        List<ContiguousBisection.Group<String>> groups = IntStream.range(0, 7)
                .mapToObj(i -> group("g" + i, 1 + i % 3, 1))
                .toList();

        Map<String, List<Integer>> partition = comb.partition(groups);

        assertThat(partition).hasSize(7);
        assertThat(partition.values().stream().mapToInt(List::size).sum()).isEqualTo(comb.size());
        assertThat(partition.values()).allSatisfy(nodes -> {
            assertThat(nodes).isNotEmpty();
            assertThat(comb.connected(nodes)).isTrue();
        });
    }

    /** The centre of a plus sign cuts the rest apart: the first side stops at one arm instead. */
    @Test
    void stopsShortWhereEveryNextNodeWouldCutTheRestApart() {
        Squares plus = new Squares();
        plus.add(0, 1);
        plus.add(1, 1);
        plus.add(2, 1);
        plus.add(1, 2);
        plus.add(1, 0);

        Map<String, List<Integer>> groups = plus.partition(group("a", 2, 1), group("b", 3, 1));

        assertThat(plus.at(groups.get("a"))).containsExactly("0,1");
        assertThat(groups.get("b")).hasSize(4);
        assertThat(plus.connected(groups.get("b"))).isTrue();
    }

    @Test
    void rejectsTooFewNodesForTheMinimums() {
        Squares one = new Squares();
        one.add(0, 0);

        assertThatThrownBy(() -> one.partition(group("a", 1, 1), group("b", 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimum of 2");
    }

    private static ContiguousBisection.Group<String> group(String key, double weight, int minimum) {
        return new ContiguousBisection.Group<>(key, weight, minimum);
    }

    /** Unit squares at integer positions, neighbours where they share a side. */
    private static final class Squares {

        private final List<Polygon> squares = new ArrayList<>();
        private final List<String> names = new ArrayList<>();

        void add(int x, int y) {
            squares.add(FACTORY.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + 1, y),
                    new Coordinate(x + 1, y + 1), new Coordinate(x, y + 1), new Coordinate(x, y)}));
            names.add(x + "," + y);
        }

        int size() {
            return squares.size();
        }

        @SafeVarargs
        final Map<String, List<Integer>> partition(ContiguousBisection.Group<String>... groups) {
            return partition(List.of(groups));
        }

        Map<String, List<Integer>> partition(List<ContiguousBisection.Group<String>> groups) {
            Coordinate[] positions = squares.stream().map(square -> square.getCentroid().getCoordinate())
                    .toArray(Coordinate[]::new);
            return ContiguousBisection.partition(AdjacencyGraph.ofSharedEdges(squares), positions,
                    IntStream.range(0, squares.size()).boxed().toList(), groups);
        }

        List<String> at(List<Integer> nodes) {
            return nodes.stream().map(names::get).toList();
        }

        boolean connected(List<Integer> nodes) {
            AdjacencyGraph graph = AdjacencyGraph.ofSharedEdges(squares);
            Set<Integer> members = new HashSet<>(nodes);
            Set<Integer> reached = new HashSet<>(List.of(nodes.get(0)));
            Deque<Integer> queue = new ArrayDeque<>(reached);
            while (!queue.isEmpty()) {
                for (int next : graph.neighbours(queue.poll())) {
                    if (members.contains(next) && reached.add(next)) {
                        queue.add(next);
                    }
                }
            }
            return reached.size() == members.size();
        }
    }
}
