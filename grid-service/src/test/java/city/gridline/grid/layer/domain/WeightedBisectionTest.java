package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class WeightedBisectionTest {

    @Test
    void givesEqualGroupsCompactQuadrants() {
        List<Coordinate> grid = new ArrayList<>();
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                grid.add(new Coordinate(x, y));
            }
        }

        Map<String, List<Coordinate>> groups = WeightedBisection.partition(grid, c -> c, List.of(
                group("a", 1, 1), group("b", 1, 1), group("c", 1, 1), group("d", 1, 1)));

        assertThat(groups.keySet()).containsExactly("a", "b", "c", "d");
        assertThat(groups.get("a")).containsExactlyInAnyOrder(xy(0, 3), xy(1, 3), xy(0, 2), xy(1, 2));
        assertThat(groups.get("b")).containsExactlyInAnyOrder(xy(0, 1), xy(1, 1), xy(0, 0), xy(1, 0));
        assertThat(groups.get("c")).containsExactlyInAnyOrder(xy(2, 3), xy(3, 3), xy(2, 2), xy(3, 2));
        assertThat(groups.get("d")).containsExactlyInAnyOrder(xy(2, 1), xy(3, 1), xy(2, 0), xy(3, 0));
    }

    @Test
    void sharesInProportionToWeightButKeepsMinimums() {
        List<Coordinate> row = new ArrayList<>();
        for (int x = 0; x < 8; x++) {
            row.add(xy(x, 0));
        }

        Map<String, List<Coordinate>> byWeight = WeightedBisection.partition(row, c -> c,
                List.of(group("light", 1, 1), group("heavy", 3, 1)));
        Map<String, List<Coordinate>> byMinimum = WeightedBisection.partition(row, c -> c,
                List.of(group("empty-handed", 0, 3), group("heavy", 3, 1)));

        assertThat(byWeight.get("light")).containsExactly(xy(0, 0), xy(1, 0));
        assertThat(byWeight.get("heavy")).hasSize(6);
        assertThat(byMinimum.get("empty-handed")).containsExactly(xy(0, 0), xy(1, 0), xy(2, 0));
    }

    @Test
    void rejectsTooFewItemsForTheMinimums() {
        assertThatThrownBy(() -> WeightedBisection.partition(List.of(xy(0, 0)), c -> c,
                List.of(group("a", 1, 1), group("b", 1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimum of 2");
    }

    private static WeightedBisection.Group<String> group(String key, double weight, int minimum) {
        return new WeightedBisection.Group<>(key, weight, minimum);
    }

    private static Coordinate xy(double x, double y) {
        return new Coordinate(x, y);
    }
}
