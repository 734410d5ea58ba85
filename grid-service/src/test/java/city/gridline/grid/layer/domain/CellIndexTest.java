package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class CellIndexTest {

    private static final CellIndex CHAOYANG = new CellIndex(ChaoyangFixture.LAYER.cells());

    @Test
    void locatesAPointInSanlitunInAChaoyangCell() {
        Optional<Cell> cell = CHAOYANG.locate(116.455, 39.937);

        assertThat(cell).hasValueSatisfying(found -> {
            assertThat(found.district().code()).isEqualTo("110105");
            assertThat(found.code()).startsWith("110105");
            assertThat(found.geometry().covers(new GeometryFactory().createPoint(
                    new Coordinate(116.455, 39.937)))).isTrue();
        });
    }

    @Test
    void findsNothingOutsideTheDistrict() {
        assertThat(CHAOYANG.locate(116.30, 39.99)).isEmpty(); // Haidian
        assertThat(CHAOYANG.locate(121.47, 31.23)).isEmpty(); // Shanghai
    }

    @Test
    void locatesEveryCellByItsRepresentativePoint() {
        assertThat(CHAOYANG.size()).isEqualTo(ChaoyangFixture.LAYER.cells().size());
        assertThat(ChaoyangFixture.LAYER.cells()).allSatisfy(cell -> assertThat(
                CHAOYANG.locate(cell.representativePoint().getX(), cell.representativePoint().getY()))
                .hasValue(cell));
    }

    @Test
    void resolvesAPointOnASharedEdgeOrCornerToTheSmallestCode() {
        CellIndex index = new CellIndex(List.of(square("110105001001002", 1, 0), square("110105001001001", 0, 0),
                square("110105001001003", 0, 1), square("110105001001004", 1, 1)));

        assertThat(index.locate(1.0, 0.5)).map(Cell::code).hasValue("110105001001001");
        assertThat(index.locate(1.5, 1.0)).map(Cell::code).hasValue("110105001001002");
        assertThat(index.locate(1.0, 1.0)).map(Cell::code).hasValue("110105001001001");
        assertThat(index.locate(1.5, 1.5)).map(Cell::code).hasValue("110105001001004");
        assertThat(index.locate(2.5, 0.5)).isEmpty();
    }

    @Test
    void answersConcurrentLookUpsLikeSequentialOnes() throws Exception {
        List<Cell> cells = ChaoyangFixture.LAYER.cells();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int i = offset; i < cells.size(); i += 4) {
                        Cell cell = cells.get(i);
                        if (!CHAOYANG.locate(cell.representativePoint().getX(), cell.representativePoint().getY())
                                .equals(Optional.of(cell))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Cell square(String code, double minX, double minY) {
        Geometry geometry = new GeometryFactory().toGeometry(new Envelope(minX, minX + 1, minY, minY + 1));
        Community community = new Community(code.substring(0, 12), "测试社区居委会", code.substring(0, 9));
        return new Cell(code, community, new Street(code.substring(0, 9), "测试街道"), new District("110105", "朝阳区"),
                geometry, 3000, 1000, ResidentTeams.teamId(community), ResidentTeams.teamName(community),
                geometry.getInteriorPoint());
    }
}
