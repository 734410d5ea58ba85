package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;

class ChaoyangGridLayerTest {

    private static final GridLayerRequest REQUEST = ChaoyangFixture.REQUEST;
    private static final GridLayer LAYER = ChaoyangFixture.LAYER;
    private static final List<Cell> CELLS = LAYER.cells();

    @Test
    void hasAboutOneCellPerThreeThousandResidents() {
        assertThat(CELLS).hasSizeBetween(1036, 1266); // 1,151 ± 10 %
    }

    @Test
    void spreadsTheCensusPopulationExactly() {
        assertThat(CELLS.stream().mapToInt(Cell::residents).sum()).isEqualTo(3_452_460);
        assertThat(CELLS).allSatisfy(cell ->
                assertThat(cell.households()).isEqualTo(Math.round(cell.residents() / 3.0)));
    }

    @Test
    void givesEveryStreetAndEveryCommunityItsCells() {
        Map<String, Long> cellsPerStreet = CELLS.stream()
                .collect(Collectors.groupingBy(cell -> cell.street().code(), Collectors.counting()));
        Map<String, Long> communitiesPerStreet = REQUEST.communities().stream()
                .collect(Collectors.groupingBy(Community::streetCode, Collectors.counting()));
        assertThat(cellsPerStreet).hasSize(43);
        communitiesPerStreet.forEach((street, communities) ->
                assertThat(cellsPerStreet.get(street)).as(street).isGreaterThanOrEqualTo(communities));

        Set<Community> communitiesWithCells = CELLS.stream().map(Cell::community).collect(Collectors.toSet());
        assertThat(communitiesWithCells).hasSize(768).containsExactlyInAnyOrderElementsOf(REQUEST.communities());
        assertThat(CELLS).allSatisfy(cell -> {
            assertThat(cell.community().streetCode()).isEqualTo(cell.street().code());
            assertThat(cell.district()).isEqualTo(new District("110105", "朝阳区"));
        });
    }

    @Test
    void codesAreUniqueFifteenDigitsUnderTheCommunityCode() {
        assertThat(CELLS).extracting(Cell::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("\\d{15}"));
        assertThat(CELLS).allSatisfy(cell -> assertThat(cell.code()).startsWith(cell.community().code()));
        Map<String, List<String>> codesByCommunity = CELLS.stream().collect(Collectors.groupingBy(
                cell -> cell.community().code(), Collectors.mapping(Cell::code, Collectors.toList())));
        codesByCommunity.forEach((community, codes) -> assertThat(codes)
                .as("sequences of %s run from 001", community)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, codes.size())
                        .mapToObj(sequence -> community + String.format("%03d", sequence)).toList()));
    }

    @Test
    void eachCellBelongsToItsCommunitysLevelOneGrid() {
        assertThat(CELLS).allSatisfy(cell ->
                assertThat(cell.level1GridCode()).isEqualTo(cell.community().code() + "000"));
        assertThat(CELLS.stream().map(Cell::level1GridCode).distinct()).hasSize(768);
    }

    /**
     * The outline has three parts that share no edge: the main part, an exclave in the north-east and a lobe
     * that touches the main part at one point. Within each part, every street and every community is one
     * polygon; only a street or community that straddles two parts may have more than one, and at most one
     * per detached part.
     */
    @Test
    void everyStreetAndCommunityIsOnePolygonWithinEachPartOfTheOutline() {
        assertThat(REQUEST.outline().getNumGeometries()).isEqualTo(3);
        Map<String, List<Cell>> byCommunity = CELLS.stream()
                .collect(Collectors.groupingBy(cell -> cell.community().code()));
        Map<String, List<Cell>> byStreet = CELLS.stream().collect(Collectors.groupingBy(cell -> cell.street().code()));

        for (Map<String, List<Cell>> areas : List.of(byCommunity, byStreet)) {
            List<String> straddling = new ArrayList<>();
            areas.forEach((code, cells) -> {
                Map<Integer, List<Cell>> byPart = cells.stream()
                        .collect(Collectors.groupingBy(ChaoyangGridLayerTest::outlinePart));
                byPart.forEach((part, cellsInPart) -> assertThat(union(cellsInPart))
                        .as("area %s in outline part %s", code, part).isInstanceOf(Polygon.class));
                if (byPart.size() > 1) {
                    straddling.add(code);
                } else {
                    assertThat(union(cells)).as("area %s", code).isInstanceOf(Polygon.class);
                }
            });
            assertThat(straddling).hasSizeLessThanOrEqualTo(REQUEST.outline().getNumGeometries() - 1);
        }
    }

    private static int outlinePart(Cell cell) {
        Geometry outline = REQUEST.outline();
        for (int part = 0; part < outline.getNumGeometries(); part++) {
            if (outline.getGeometryN(part).covers(cell.representativePoint())) {
                return part;
            }
        }
        throw new AssertionError(cell.code() + " lies in no part of the outline");
    }

    private static Geometry union(List<Cell> cells) {
        return CoverageUnion.union(cells.stream().map(Cell::geometry).toArray(Geometry[]::new));
    }

    @Test
    void cellsAreValidNonEmptyAndCarryTheirTeam() {
        assertThat(CELLS).allSatisfy(cell -> {
            assertThat(cell.geometry().isEmpty()).isFalse();
            assertThat(cell.geometry().isValid()).as(cell.code()).isTrue();
            assertThat(cell.geometry().getArea()).isPositive();
            assertThat(cell.geometry().covers(cell.representativePoint())).isTrue();
            assertThat(cell.teamId()).isEqualTo("T" + cell.community().code());
            assertThat(cell.teamName()).endsWith("综合执法组").doesNotContain("居委会", "村委会", "居民委员会", "村民委员会");
        });
    }

    @Test
    void cellsCoverTheOutlineWithoutGaps() {
        Geometry union = UnaryUnionOp.union(CELLS.stream().map(Cell::geometry).toList());
        double outlineArea = REQUEST.outline().getArea();
        assertThat(union.symDifference(REQUEST.outline()).getArea()).isLessThan(1e-6 * outlineArea);
    }

    @Test
    void cellsDoNotOverlap() {
        STRtree tree = new STRtree();
        for (int i = 0; i < CELLS.size(); i++) {
            tree.insert(CELLS.get(i).geometry().getEnvelopeInternal(), i);
        }
        double overlap = 0;
        for (int i = 0; i < CELLS.size(); i++) {
            Geometry cell = CELLS.get(i).geometry();
            for (Object other : tree.query(cell.getEnvelopeInternal())) {
                int j = (Integer) other;
                if (j > i) {
                    overlap += cell.intersection(CELLS.get(j).geometry()).getArea();
                }
            }
        }
        assertThat(overlap).isLessThan(1e-9 * REQUEST.outline().getArea());
    }

    @Test
    void cellsFormAnExactCoverageWithMatchingEdges() {
        assertThat(CoverageValidator.isValid(CELLS.stream().map(Cell::geometry).toArray(Geometry[]::new))).isTrue();
    }

    @Test
    void residentsAreTheLargestRemainderSharesOfGroundArea() {
        double[] groundAreas = CELLS.stream().mapToDouble(ChaoyangGridLayerTest::groundArea).toArray();
        double total = Arrays.stream(groundAreas).sum();
        for (int i = 0; i < CELLS.size(); i++) {
            double quota = 3_452_460 * groundAreas[i] / total;
            assertThat((double) CELLS.get(i).residents()).as(CELLS.get(i).code()).isCloseTo(quota, within(1.0));
        }
    }

    private static double groundArea(Cell cell) {
        return cell.geometry().getArea() * Math.cos(Math.toRadians(cell.geometry().getCentroid().getY()));
    }

    @Test
    void generatingTwiceGivesTheSameLayer() {
        GridLayer again = new GridLayerGenerator().generate(REQUEST);
        Function<GridLayer, List<String>> fingerprint = layer -> layer.cells().stream()
                .map(cell -> cell.code() + " " + cell.residents() + " " + cell.geometry().toText())
                .toList();
        assertThat(fingerprint.apply(again)).isEqualTo(fingerprint.apply(LAYER));
        assertThat(again.version()).isEqualTo("test-1");
    }
}
