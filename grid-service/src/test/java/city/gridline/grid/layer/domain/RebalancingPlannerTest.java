package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

class RebalancingPlannerTest {

    private static final GridLayer CHAOYANG = RebalancingFixture.CHAOYANG;
    private static final RebalancingProposal FOR_CHAOYANG = new RebalancingPlanner().propose(CHAOYANG);

    /** Two-cell communities: {@code MERGE} made too small in both cells, {@code MOVE} lopsided. */
    static final List<Cell> MERGE = RebalancingFixture.anyTwoCellCommunities().get(0);
    static final List<Cell> MOVE = RebalancingFixture.anyTwoCellCommunities().get(1);
    /** Only cells of their communities: {@code CROWDED} far too large, {@code LONELY} too small. */
    static final Cell CROWDED = RebalancingFixture.anyOnlyCellsOfTheirCommunity().get(0);
    static final Cell LONELY = RebalancingFixture.anyOnlyCellsOfTheirCommunity().get(1);

    static final GridLayer CRAFTED = RebalancingFixture.aLayerWithFigures(CHAOYANG, Map.of(
            MERGE.get(0).code(), new int[] {1_000, 333},
            MERGE.get(1).code(), new int[] {1_800, 600},
            MOVE.get(0).code(), new int[] {4_200, 1_400},
            MOVE.get(1).code(), new int[] {1_800, 600},
            CROWDED.code(), new int[] {9_000, 3_000},
            LONELY.code(), new int[] {1_000, 333}));
    static final RebalancingProposal FOR_CRAFTED = new RebalancingPlanner().propose(CRAFTED);

    @Test
    void mergesTwoTooSmallNeighboursOfOneCommunityUnderTheSmallerCode() {
        MergeCells merge = change(FOR_CRAFTED, MERGE.get(0).code(), MergeCells.class);

        assertThat(merge.keptCode()).isEqualTo(MERGE.get(0).code());
        assertThat(merge.mergedCode()).isEqualTo(MERGE.get(1).code());
        assertThat(merge.merged().residents()).isEqualTo(2_800);
        assertThat(merge.merged().households()).isEqualTo(933);
        assertThat(merge.merged().geometry().getArea())
                .isCloseTo(MERGE.get(0).geometry().getArea() + MERGE.get(1).geometry().getArea(), within(1e-12));
        assertThat(merge.explanation()).contains(MERGE.get(0).code(), MERGE.get(1).code(), "1,000 residents",
                "2,800 residents", "within ±30 %", "keeps the code " + MERGE.get(0).code());
    }

    @Test
    void movesTheBoundaryWhereMergingWouldGiveACellTooLarge() {
        MoveBoundary move = change(FOR_CRAFTED, MOVE.get(1).code(), MoveBoundary.class);

        assertThat(move.cellCodes()).containsExactly(MOVE.get(1).code(), MOVE.get(0).code());
        assertThat(move.result()).allSatisfy(cell -> {
            assertThat(cell.residents()).isCloseTo(3_000, within(2));
            assertThat(cell.households()).isCloseTo(1_000, within(2));
        });
        assertThat(move.result().stream().mapToInt(PlannedCell::residents).sum()).isEqualTo(6_000);
        assertThat(move.explanation()).contains("1,800 residents", "4,200 residents", "both keep their codes");
    }

    @Test
    void splitsAFarTooLargeCellIntoTheNumberOfPartsNearestTheTarget() {
        SplitCell split = change(FOR_CRAFTED, CROWDED.code(), SplitCell.class);

        assertThat(split.result()).hasSize(3).allSatisfy(part -> {
            assertThat(part.residents()).isEqualTo(3_000);
            assertThat(part.households()).isEqualTo(1_000);
            assertThat(part.geometry().getArea()).isCloseTo(CROWDED.geometry().getArea() / 3, within(1e-12));
        });
        assertThat(split.explanation()).contains("9,000 residents", "into 3 cells", "within ±30 %",
                "next free sequence numbers");
    }

    @Test
    void leavesTheOnlyCellOfACommunityAsItIsAndSaysWhy() {
        assertThat(FOR_CRAFTED.unresolved()).filteredOn(left -> left.drift().cell().code().equals(LONELY.code()))
                .singleElement().satisfies(left -> assertThat(left.reason())
                        .contains("1,000 residents", "only cell of its community", "never merged across communities"));
        assertThat(FOR_CRAFTED.changes()).noneMatch(change -> change.cellCodes().contains(LONELY.code()));
    }

    @Test
    void accountsForEveryDriftingCellOfChaoyangOnce() {
        Set<String> handled = new HashSet<>();
        FOR_CHAOYANG.changes().forEach(change -> change.cellCodes().forEach(code ->
                assertThat(handled.add(code)).as("%s in one change only", code).isTrue()));
        FOR_CHAOYANG.unresolved().forEach(left ->
                assertThat(handled.add(left.drift().cell().code())).as(left.drift().cell().code()).isTrue());

        assertThat(handled).containsAll(FOR_CHAOYANG.health().driftingCells().stream()
                .map(drift -> drift.cell().code()).toList());
        assertThat(FOR_CHAOYANG.changes()).extracting(Rebalancing::kind)
                .contains(Rebalancing.Kind.SPLIT, Rebalancing.Kind.MERGE, Rebalancing.Kind.MOVE_BOUNDARY);
        assertThat(FOR_CHAOYANG.layerVersion()).isEqualTo(CHAOYANG.version());
    }

    @Test
    void keepsEveryChangeInsideOneCommunityAndItsFiguresWhole() {
        Map<String, Cell> cells = CHAOYANG.cells().stream().collect(Collectors.toMap(Cell::code, cell -> cell));

        assertThat(FOR_CHAOYANG.changes()).allSatisfy(change -> {
            List<Cell> touched = change.cellCodes().stream().map(cells::get).toList();
            assertThat(touched.stream().map(Cell::community).distinct()).hasSize(1);
            assertThat(change.result().stream().mapToInt(PlannedCell::residents).sum())
                    .isEqualTo(touched.stream().mapToInt(Cell::residents).sum());
            assertThat(change.result().stream().mapToInt(PlannedCell::households).sum())
                    .isEqualTo(touched.stream().mapToInt(Cell::households).sum());
            assertThat(RebalancingFixture.union(touched)).as(change.explanation()).isInstanceOf(Polygon.class);
            assertThat(change.explanation()).contains(change.cellCodes().get(0));
        });
    }

    @Test
    void saysWhyTheDetachedLobeCellCannotBeHelped() {
        Cell lobe = CHAOYANG.cells().stream().min(Comparator.comparingInt(Cell::residents)).orElseThrow();

        assertThat(FOR_CHAOYANG.unresolved()).filteredOn(left -> left.drift().cell().code().equals(lobe.code()))
                .singleElement()
                .satisfies(left -> assertThat(left.reason()).contains("shares no edge with any other cell"));
    }

    @Test
    void proposesTheSameForTheSameLayer() {
        assertThat(new RebalancingPlanner().propose(CRAFTED)).isEqualTo(FOR_CRAFTED);
    }

    static <T extends Rebalancing> T change(RebalancingProposal proposal, String cellCode, Class<T> kind) {
        return proposal.changes().stream()
                .filter(change -> change.cellCodes().contains(cellCode))
                .map(kind::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no change for " + cellCode));
    }
}
