package city.gridline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import city.gridline.grid.layer.domain.Cell;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class SyntheticLatticeTest {

    private static final List<Cell> CELLS = SyntheticLattice.generate(4_000, 20261123);

    @Test
    void hasAboutTheTargetNumberOfCells() {
        assertThat(CELLS).hasSizeBetween(3_800, 4_200);
    }

    @Test
    void cellsAreValidPolygonsWithTheirRepresentativePointInside() {
        assertThat(CELLS).allSatisfy(cell -> {
            assertThat(cell.geometry()).isInstanceOf(Polygon.class);
            assertThat(cell.geometry().isValid()).as(cell.code()).isTrue();
            assertThat(cell.geometry().covers(cell.representativePoint())).as(cell.code()).isTrue();
        });
    }

    @Test
    void latticeCellsHaveEightToTwentyVertices() {
        List<Integer> vertexCounts = CELLS.stream()
                .map(cell -> ((Polygon) cell.geometry()).getExteriorRing().getNumPoints() - 1)
                .filter(count -> count != 4) // enclaves fill square holes
                .toList();
        assertThat(vertexCounts).hasSizeGreaterThan(3_900).allSatisfy(count -> assertThat(count).isBetween(8, 20));
        assertThat(vertexCounts).contains(8, 20);
    }

    @Test
    void cellsTileWithoutOverlapsAndWithMatchingEdges() {
        assertThat(CoverageValidator.isValid(CELLS.stream().map(Cell::geometry).toArray(Geometry[]::new))).isTrue();
    }

    @Test
    void someCellsHaveHolesAndSomeHolesHoldAnEnclave() {
        long holes = CELLS.stream().filter(cell -> ((Polygon) cell.geometry()).getNumInteriorRing() > 0).count();
        long enclaves = CELLS.stream().filter(cell -> ((Polygon) cell.geometry()).getNumPoints() == 5).count();
        assertThat(holes).isGreaterThan(3);
        assertThat(enclaves).isPositive().isLessThan(holes);
    }

    @Test
    void codesAreUniqueFifteenDigitsUnderTheirCommunityInCodeOrder() {
        assertThat(CELLS).extracting(Cell::code).doesNotHaveDuplicates().isSorted()
                .allMatch(code -> code.matches("110105\\d{9}"));
        assertThat(CELLS).allSatisfy(cell -> assertThat(cell.code()).startsWith(cell.community().code()));
    }

    @Test
    void theSameSeedGivesTheSameLayer() {
        List<Cell> again = SyntheticLattice.generate(4_000, 20261123);
        assertThat(again).hasSameSizeAs(CELLS);
        for (int i = 0; i < CELLS.size(); i++) {
            assertThat(again.get(i).code()).isEqualTo(CELLS.get(i).code());
            assertThat(again.get(i).geometry().equalsExact(CELLS.get(i).geometry())).isTrue();
        }
    }
}
