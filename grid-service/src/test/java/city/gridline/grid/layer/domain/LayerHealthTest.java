package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class LayerHealthTest {

    private static final GridLayer CHAOYANG = RebalancingFixture.CHAOYANG;
    private static final LayerHealth HEALTH = LayerHealth.check(CHAOYANG);

    @Test
    void listsExactlyTheCellsBeyondThirtyPercentOfEitherTarget() {
        Set<String> expected = CHAOYANG.cells().stream()
                .filter(cell -> Math.abs(cell.residents() - 3_000) > 900 || Math.abs(cell.households() - 1_000) > 300)
                .map(Cell::code)
                .collect(Collectors.toSet());

        assertThat(HEALTH.driftingCells()).extracting(drift -> drift.cell().code())
                .containsExactlyInAnyOrderElementsOf(expected).isSorted();
        assertThat(HEALTH.healthy()).isFalse();
        assertThat(HEALTH.cellCount()).isEqualTo(CHAOYANG.cells().size());
        assertThat(HEALTH.targets()).isEqualTo(new SizeTargets(3_000, 1_000, 0.3));
        assertThat(HEALTH.count(DriftDirection.TOO_LARGE) + HEALTH.count(DriftDirection.TOO_SMALL))
                .isEqualTo(HEALTH.driftingCells().size());
    }

    @Test
    void findsChaoyangsDetachedLobeAndItsLargestCell() {
        Cell largest = CHAOYANG.cells().stream().max(Comparator.comparingInt(Cell::residents)).orElseThrow();
        Cell smallest = CHAOYANG.cells().stream().min(Comparator.comparingInt(Cell::residents)).orElseThrow();

        assertThat(smallest.residents()).isLessThan(300);
        assertThat(HEALTH.driftOf(smallest.code())).hasValueSatisfying(drift -> {
            assertThat(drift.direction()).hasValue(DriftDirection.TOO_SMALL);
            assertThat(drift.drifts()).extracting(Drift::measure)
                    .containsExactly(SizeMeasure.RESIDENTS, SizeMeasure.HOUSEHOLDS);
            assertThat(drift.drifts().get(0).relative()).isCloseTo(smallest.residents() / 3_000.0 - 1, within(1e-12));
        });
        assertThat(largest.residents()).isGreaterThan(5_000);
        assertThat(HEALTH.driftOf(largest.code())).map(CellDrift::direction).hasValue(Optional.of(DriftDirection.TOO_LARGE));
    }

    @Test
    void aCellAtTheLimitIsWithinAndEachMeasureDriftsOnItsOwn() {
        var cells = CHAOYANG.cells();
        GridLayer layer = RebalancingFixture.aLayerWithFigures(CHAOYANG, Map.of(
                cells.get(0).code(), new int[] {3_900, 1_300},
                cells.get(1).code(), new int[] {2_100, 700},
                cells.get(2).code(), new int[] {3_901, 1_300},
                cells.get(3).code(), new int[] {3_000, 1_400},
                cells.get(4).code(), new int[] {4_000, 600}));

        LayerHealth health = LayerHealth.check(layer);

        assertThat(health.driftOf(cells.get(0).code())).isEmpty();
        assertThat(health.driftOf(cells.get(1).code())).isEmpty();
        assertThat(health.driftOf(cells.get(2).code())).hasValueSatisfying(drift ->
                assertThat(drift.drifts()).extracting(Drift::measure).containsExactly(SizeMeasure.RESIDENTS));
        assertThat(health.driftOf(cells.get(3).code())).hasValueSatisfying(drift -> {
            assertThat(drift.drifts()).containsExactly(new Drift(SizeMeasure.HOUSEHOLDS, 1_400, 1_000, 0.4));
            assertThat(drift.direction()).hasValue(DriftDirection.TOO_LARGE);
        });
        assertThat(health.driftOf(cells.get(4).code())).hasValueSatisfying(drift -> {
            assertThat(drift.direction()).as("too many residents, too few households").isEmpty();
            assertThat(drift.worst()).isCloseTo(0.4, within(1e-12));
        });
    }

    @Test
    void followsTheLayersOwnTargetsAndTolerance() {
        GridSettings strict = new GridSettings(3_000, 3.0, 3, "strict", 1_000, 0.05);
        GridLayer layer = new GridLayer("strict", strict, CHAOYANG.district(), CHAOYANG.cells());

        assertThat(LayerHealth.check(layer).driftingCells()).hasSizeGreaterThan(HEALTH.driftingCells().size());
    }
}
