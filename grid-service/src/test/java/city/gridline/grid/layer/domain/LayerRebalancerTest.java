package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

class LayerRebalancerTest {

    private static final GridLayer CRAFTED = RebalancingPlannerTest.CRAFTED;
    private static final RebalancingProposal PROPOSAL = RebalancingPlannerTest.FOR_CRAFTED;
    private static final RebalancedLayer APPLIED = new LayerRebalancer().apply(CRAFTED, PROPOSAL.changes(), "test-2");
    private static final Map<String, Cell> BEFORE = byCode(CRAFTED);
    private static final Map<String, Cell> AFTER = byCode(APPLIED.layer());

    @Test
    void givesANewVersionAndLeavesTheGivenLayerAlone() {
        assertThat(APPLIED.layer().version()).isEqualTo("test-2");
        assertThat(APPLIED.layer().settings()).isEqualTo(CRAFTED.settings().withVersion("test-2"));
        assertThat(APPLIED.layer().district()).isEqualTo(CRAFTED.district());
        assertThat(CRAFTED.cells()).hasSize(RebalancingFixture.CHAOYANG.cells().size());
        assertThat(APPLIED.layer().cells()).extracting(Cell::code).isSorted().doesNotHaveDuplicates()
                .allMatch(code -> code.matches("\\d{15}"));
    }

    @Test
    void cellsNoChangeNamesKeepTheirCodesFiguresAndShapes() {
        Set<String> changed = PROPOSAL.changes().stream().flatMap(change -> change.cellCodes().stream())
                .collect(Collectors.toSet());
        BEFORE.values().stream().filter(cell -> !changed.contains(cell.code())).forEach(before -> {
            Cell after = AFTER.get(before.code());
            assertThat(after).as(before.code()).isNotNull();
            assertThat(after.residents()).isEqualTo(before.residents());
            assertThat(after.households()).isEqualTo(before.households());
            assertThat(after.community()).isEqualTo(before.community());
            assertThat(after.teamId()).isEqualTo(before.teamId());
            if (after.geometry().getNumPoints() != before.geometry().getNumPoints()) {
                assertThat(after.geometry().equalsTopo(before.geometry())).as(before.code()).isTrue();
            } else {
                assertThat(after.geometry()).isEqualTo(before.geometry());
            }
        });
        assertThat(APPLIED.successors().keySet()).isEqualTo(changed);
    }

    @Test
    void aMergedPairKeepsTheSmallerCode() {
        List<Cell> pair = RebalancingPlannerTest.MERGE;

        assertThat(AFTER).containsKey(pair.get(0).code()).doesNotContainKey(pair.get(1).code());
        Cell merged = AFTER.get(pair.get(0).code());
        assertThat(merged.residents()).isEqualTo(2_800);
        assertThat(merged.geometry().symDifference(RebalancingFixture.union(pair)).getArea()).isLessThan(1e-15);
        assertThat(APPLIED.successors()).containsEntry(pair.get(1).code(), List.of(pair.get(0).code()));
    }

    @Test
    void splitPartsTakeTheNextFreeSequenceNumbersOfTheirCommunity() {
        Cell crowded = RebalancingPlannerTest.CROWDED;
        String community = crowded.community().code();
        List<String> parts = List.of(community + "002", community + "003", community + "004");

        assertThat(crowded.code()).isEqualTo(community + "001");
        assertThat(AFTER).doesNotContainKey(crowded.code());
        assertThat(APPLIED.successors()).containsEntry(crowded.code(), parts);
        List<Cell> partCells = parts.stream().map(AFTER::get).toList();
        assertThat(partCells).allSatisfy(part -> {
            assertThat(part.residents()).isEqualTo(3_000);
            assertThat(part.households()).isEqualTo(1_000);
            assertThat(part.community()).isEqualTo(crowded.community());
            assertThat(part.level1GridCode()).isEqualTo(crowded.level1GridCode());
            assertThat(part.geometry().covers(part.representativePoint())).isTrue();
        });
        assertThat(RebalancingFixture.union(partCells).symDifference(crowded.geometry()).getArea()).isLessThan(1e-15);
    }

    @Test
    void aMovedBoundaryKeepsBothCodesAndTheirJointArea() {
        List<Cell> pair = RebalancingPlannerTest.MOVE;

        List<Cell> redrawn = pair.stream().map(cell -> AFTER.get(cell.code())).toList();
        assertThat(redrawn).allSatisfy(cell -> assertThat(cell.residents()).isCloseTo(3_000, within(2)));
        assertThat(RebalancingFixture.union(redrawn).symDifference(RebalancingFixture.union(pair)).getArea())
                .isLessThan(1e-15);
    }

    @Test
    void theCellsStillCoverTheDistrictExactlyWithTheSameTotals() {
        List<Cell> after = APPLIED.layer().cells();

        assertThat(CoverageValidator.isValid(after.stream().map(Cell::geometry).toArray(Geometry[]::new))).isTrue();
        Geometry unionBefore = UnaryUnionOp.union(CRAFTED.cells().stream().map(Cell::geometry).toList());
        Geometry unionAfter = UnaryUnionOp.union(after.stream().map(Cell::geometry).toList());
        assertThat(unionAfter.symDifference(unionBefore).getArea()).isLessThan(1e-12);
        assertThat(after.stream().mapToInt(Cell::residents).sum())
                .isEqualTo(CRAFTED.cells().stream().mapToInt(Cell::residents).sum());
        assertThat(after.stream().mapToInt(Cell::households).sum())
                .isEqualTo(CRAFTED.cells().stream().mapToInt(Cell::households).sum());
    }

    @Test
    void noCommunityGainsOrLosesGround() {
        Map<String, List<Cell>> before = byCommunity(CRAFTED);
        Map<String, List<Cell>> after = byCommunity(APPLIED.layer());
        Set<String> touched = new HashSet<>();
        APPLIED.successors().keySet().forEach(code -> touched.add(BEFORE.get(code).community().code()));

        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(touched).isNotEmpty().allSatisfy(community ->
                assertThat(RebalancingFixture.union(after.get(community))
                        .symDifference(RebalancingFixture.union(before.get(community))).getArea())
                        .as(community).isLessThan(1e-15));
        assertThat(APPLIED.layer().cells()).allSatisfy(cell ->
                assertThat(cell.code()).startsWith(cell.community().code()));
    }

    @Test
    void appliesOnlyTheAcceptedChanges() {
        MergeCells merge = RebalancingPlannerTest.change(PROPOSAL, RebalancingPlannerTest.MERGE.get(0).code(),
                MergeCells.class);

        RebalancedLayer onlyMerged = new LayerRebalancer().apply(CRAFTED, List.of(merge), "test-3");

        assertThat(onlyMerged.layer().cells()).hasSize(CRAFTED.cells().size() - 1);
        assertThat(byCode(onlyMerged.layer())).containsKey(RebalancingPlannerTest.CROWDED.code());
        assertThat(onlyMerged.successors()).containsOnlyKeys(merge.cellCodes());
    }

    @Test
    void rejectsChangesThatNameUnknownOrRepeatedCellsOrCrossACommunity() {
        LayerRebalancer rebalancer = new LayerRebalancer();
        SplitCell split = RebalancingPlannerTest.change(PROPOSAL, RebalancingPlannerTest.CROWDED.code(),
                SplitCell.class);
        Cell inAnotherCommunity = RebalancingPlannerTest.MOVE.get(0);
        Cell lonely = RebalancingPlannerTest.LONELY;
        String smaller = lonely.code().compareTo(inAnotherCommunity.code()) < 0 ? lonely.code()
                : inAnotherCommunity.code();
        String larger = smaller.equals(lonely.code()) ? inAnotherCommunity.code() : lonely.code();
        MergeCells acrossCommunities = new MergeCells(smaller, larger, new PlannedCell(
                (Polygon) lonely.geometry(), 0, 0), "crafted");

        assertThatThrownBy(() -> rebalancer.apply(RebalancingFixture.CHAOYANG, List.of(new SplitCell("110105999999001",
                split.result(), "x")), "v")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no cell");
        assertThatThrownBy(() -> rebalancer.apply(CRAFTED, List.of(split, split), "v"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than one change");
        assertThatThrownBy(() -> rebalancer.apply(CRAFTED, List.of(acrossCommunities), "v"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different communities");
    }

    @Test
    void applyingEveryChangeProposedForChaoyangLeavesFewerCellsDrifting() {
        GridLayer chaoyang = RebalancingFixture.CHAOYANG;
        RebalancingProposal proposal = new RebalancingPlanner().propose(chaoyang);

        RebalancedLayer applied = new LayerRebalancer().apply(chaoyang, proposal.changes(), "test-2");

        LayerHealth after = LayerHealth.check(applied.layer());
        Set<String> leftAsTheyWere = proposal.unresolved().stream().map(left -> left.drift().cell().code())
                .collect(Collectors.toSet());
        Set<String> splitBeyondTolerance = proposal.changes().stream()
                .filter(change -> change.explanation().contains("still beyond"))
                .flatMap(change -> applied.successors().get(change.cellCodes().get(0)).stream())
                .collect(Collectors.toSet());
        assertThat(after.driftingCells()).hasSizeLessThan(proposal.health().driftingCells().size() / 2)
                .allSatisfy(drift -> assertThat(drift.cell().code())
                        .isIn(union(leftAsTheyWere, splitBeyondTolerance)));
        assertThat(applied.layer().cells().stream().mapToInt(Cell::residents).sum()).isEqualTo(3_452_460);
        assertThat(CoverageValidator.isValid(applied.layer().cells().stream().map(Cell::geometry)
                .toArray(Geometry[]::new))).isTrue();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    private static Map<String, Cell> byCode(GridLayer layer) {
        return layer.cells().stream().collect(Collectors.toMap(Cell::code, Function.identity()));
    }

    private static Map<String, List<Cell>> byCommunity(GridLayer layer) {
        return layer.cells().stream().collect(Collectors.groupingBy(cell -> cell.community().code()));
    }
}
