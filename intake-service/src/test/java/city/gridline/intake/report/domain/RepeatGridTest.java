package city.gridline.intake.report.domain;

import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatGridTest {

    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

    @ParameterizedTest
    @ValueSource(doubles = {50, 10, 500})
    void everyPointWithinTheDistanceIsInOneOfTheCellsAroundAPoint(double metres) {
        Random random = new Random(20261123);
        int checked = 0;
        while (checked < 50_000) {
            // China's extent, and every spot inside a cell, on its edges or corners alike
            GeoPoint point = new GeoPoint(73 + random.nextDouble() * 62, 18 + random.nextDouble() * 36, Crs.GCJ02);
            GeoPoint near = offset(point, metres, random);
            if (near.metresTo(point) > metres) {
                continue;
            }
            assertThat(RepeatGrid.cellsWithin("0302", point, metres))
                    .as("%s is %.2f m from %s", near, near.metresTo(point), point)
                    .contains(RepeatGrid.cellOf("0302", near));
            checked++;
        }
    }

    @Test
    void pointsOnEitherSideOfACellsEdgeStillFindEachOther() {
        GeoPoint west = new GeoPoint(116.4, 39.9, Crs.GCJ02);
        for (int metres = 1; metres <= 50; metres++) {
            GeoPoint east = new GeoPoint(west.lon() + metres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(39.9))),
                    west.lat(), Crs.GCJ02);
            GeoPoint north = new GeoPoint(west.lon(), west.lat() + metres / METRES_PER_DEGREE, Crs.GCJ02);

            assertThat(RepeatGrid.cellsWithin("0302", west, 50)).contains(RepeatGrid.cellOf("0302", east),
                    RepeatGrid.cellOf("0302", north));
            assertThat(RepeatGrid.cellsWithin("0302", east, 50)).contains(RepeatGrid.cellOf("0302", west));
        }
    }

    @Test
    void aLookUpWithinFiftyMetresAsksForNineCellsAtMost() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            GeoPoint point = new GeoPoint(73 + random.nextDouble() * 62, 18 + random.nextDouble() * 36, Crs.WGS84);
            List<String> cells = RepeatGrid.cellsWithin("0302", point, 50);

            assertThat(cells).hasSizeBetween(1, 9).doesNotHaveDuplicates().contains(RepeatGrid.cellOf("0302", point));
        }
    }

    @Test
    void anotherCategoryOrCoordinateSystemIsAnotherCell() {
        GeoPoint gcj = new GeoPoint(116.4, 39.9, Crs.GCJ02);
        GeoPoint wgs = new GeoPoint(116.4, 39.9, Crs.WGS84);

        assertThat(RepeatGrid.cellOf("0302", gcj)).isNotEqualTo(RepeatGrid.cellOf("0303", gcj))
                .isNotEqualTo(RepeatGrid.cellOf("0302", wgs));
        assertThat(RepeatGrid.cellsWithin("0303", gcj, 50)).doesNotContain(RepeatGrid.cellOf("0302", gcj));
    }

    @Test
    void nearThePolesAndTheDateLineTheCellsStayFew() {
        for (GeoPoint point : List.of(new GeoPoint(179.9999, 89.9999, Crs.WGS84),
                new GeoPoint(-180, -90, Crs.WGS84), new GeoPoint(0, 90, Crs.WGS84))) {
            assertThat(RepeatGrid.cellsWithin("0302", point, 50)).hasSizeLessThan(20)
                    .contains(RepeatGrid.cellOf("0302", point));
        }
    }

    /** A point up to {@code metres} (a little more, at the box's corners) north or south and east or west. */
    private static GeoPoint offset(GeoPoint point, double metres, Random random) {
        double north = (random.nextDouble() * 2 - 1) * metres;
        double east = (random.nextDouble() * 2 - 1) * metres;
        double lat = point.lat() + north / METRES_PER_DEGREE;
        double lon = point.lon() + east / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
        return new GeoPoint(lon, lat, point.crs());
    }
}
