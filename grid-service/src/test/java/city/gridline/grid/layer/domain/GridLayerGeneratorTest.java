package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** The generator on a made-up district: nothing in it is specific to Chaoyang. */
class GridLayerGeneratorTest {

    private static final District DISTRICT = new District("990101", "样例区");
    private static final List<Street> STREETS = List.of(new Street("990101002", "乙街道"), new Street("990101001", "甲街道"));
    private static final List<Community> COMMUNITIES = List.of(
            new Community("990101001001", "一社区居委会", "990101001"),
            new Community("990101001002", "二社区居委会", "990101001"),
            new Community("990101002001", "三村村委会", "990101002"));

    /** An L-shaped district with a lake (hole) and a detached exclave. */
    private static final Geometry OUTLINE = wkt("MULTIPOLYGON ("
            + "((116.0 40.0, 116.1 40.0, 116.1 40.05, 116.05 40.05, 116.05 40.1, 116.0 40.1, 116.0 40.0),"
            + " (116.01 40.01, 116.03 40.01, 116.03 40.02, 116.01 40.02, 116.01 40.01)),"
            + "((116.2 40.0, 116.23 40.0, 116.23 40.02, 116.2 40.0)))");

    private final GridLayerGenerator generator = new GridLayerGenerator();

    @Test
    void coversAnyDistrictWithCodedCellsAndItsWholePopulation() {
        GridSettings settings = new GridSettings(2_000, 2.5, 2, "v7");

        GridLayer layer = generator.generate(new GridLayerRequest(DISTRICT, OUTLINE, STREETS, COMMUNITIES, 60_001, settings));

        assertThat(layer.version()).isEqualTo("v7");
        assertThat(layer.district()).isEqualTo(DISTRICT);
        assertThat(layer.cells()).hasSizeBetween(27, 33);
        assertThat(layer.cells().stream().mapToInt(Cell::residents).sum()).isEqualTo(60_001);
        assertThat(layer.cells()).allSatisfy(cell -> {
            assertThat(cell.code()).matches("\\d{14}").startsWith(cell.community().code());
            assertThat(cell.households()).isEqualTo(Math.round(cell.residents() / 2.5));
            assertThat(cell.geometry().isValid()).isTrue();
        });
        assertThat(layer.cells()).extracting(Cell::code).isSorted().doesNotHaveDuplicates()
                .contains("99010100100101", "99010100100201", "99010100200101");
        assertThat(layer.cells()).allSatisfy(cell ->
                assertThat(cell.level1GridCode()).isEqualTo(cell.community().code() + "00"));
        assertThat(layer.cells().stream().map(Cell::community).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(COMMUNITIES);

        Geometry union = UnaryUnionOp.union(layer.cells().stream().map(Cell::geometry).toList());
        assertThat(union.symDifference(OUTLINE).getArea()).isLessThan(1e-9);
    }

    /**
     * A C-shaped district open to the east, with eight communities in two streets: cutting straight across
     * the longer axis would give the eastern street (and some communities) a piece on each arm of the C.
     */
    @Test
    void keepsEveryStreetAndCommunityInOnePieceOnACShapedDistrict() {
        Geometry cShape = wkt("POLYGON ((116.0 40.0, 116.13 40.0, 116.13 40.03, 116.03 40.03, 116.03 40.07,"
                + " 116.13 40.07, 116.13 40.1, 116.0 40.1, 116.0 40.0))");
        List<Street> streets = List.of(new Street("990101001", "甲街道"), new Street("990101002", "乙街道"));
        List<Community> communities = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            communities.add(new Community(String.format("99010100%d%03d", i <= 3 ? 1 : 2, i), i + "社区居委会",
                    i <= 3 ? "990101001" : "990101002"));
        }

        GridLayer layer = generator.generate(new GridLayerRequest(DISTRICT, cShape, streets, communities, 150_000,
                GridSettings.defaults("v1")));

        assertThat(layer.cells().stream().map(Cell::community).distinct()).hasSize(8);
        List<Function<Cell, String>> areas = List.of(cell -> cell.community().code(), cell -> cell.street().code());
        for (Function<Cell, String> area : areas) {
            layer.cells().stream().collect(Collectors.groupingBy(area)).forEach((code, cells) ->
                    assertThat(CoverageUnion.union(cells.stream().map(Cell::geometry).toArray(Geometry[]::new)))
                            .as(code).isInstanceOf(Polygon.class));
        }
    }

    @Test
    void numbersACommunitysCellsFromNorthToSouthThenWestToEast() {
        Geometry rectangle = wkt("POLYGON ((116.0 40.0, 116.1 40.0, 116.1 40.07, 116.0 40.07, 116.0 40.0))");
        Street street = new Street("990101001", "甲街道");
        Community community = new Community("990101001001", "一社区居委会", street.code());

        GridLayer layer = generator.generate(new GridLayerRequest(DISTRICT, rectangle, List.of(street),
                List.of(community), 60_000, GridSettings.defaults("v1")));

        Comparator<Cell> readingOrder = Comparator
                .comparingDouble((Cell cell) -> -cell.geometry().getEnvelopeInternal().getMaxY())
                .thenComparingDouble(cell -> cell.geometry().getEnvelopeInternal().getMinX());
        assertThat(layer.cells()).hasSizeGreaterThan(10).isSortedAccordingTo(readingOrder);
        assertThat(layer.cells().get(0).code()).isEqualTo("990101001001001");
        // coordinates are snapped to a 2^-30 degree grid
        assertThat(layer.cells().get(0).geometry().getEnvelopeInternal().getMinX()).isCloseTo(116.0, within(1e-9));
        assertThat(layer.cells().get(0).geometry().getEnvelopeInternal().getMaxY()).isCloseTo(40.07, within(1e-9));
    }

    @Test
    void givesEveryCommunityACellEvenWhenThePopulationIsSmall() {
        GridLayer layer = generator.generate(new GridLayerRequest(DISTRICT, OUTLINE, STREETS, COMMUNITIES, 500,
                GridSettings.defaults("v1")));

        assertThat(layer.cells()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(layer.cells().stream().map(Cell::community).distinct()).hasSize(3);
        assertThat(layer.cells().stream().mapToInt(Cell::residents).sum()).isEqualTo(500);
    }

    @Test
    void rejectsInconsistentRequests() {
        GridSettings settings = GridSettings.defaults("v1");
        List<Community> orphan = List.of(new Community("990101003001", "孤社区居委会", "990101003"));

        assertThatThrownBy(() -> new GridLayerRequest(DISTRICT, OUTLINE, STREETS, orphan, 1000, settings))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown street 990101003");
        assertThatThrownBy(() -> new GridLayerRequest(DISTRICT, OUTLINE.getBoundary(), STREETS, COMMUNITIES, 1000,
                settings)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GridSettings(3000, 3.0, 4, "v1")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
