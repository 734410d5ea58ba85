package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class PolygonCutterTest {

    @Test
    void cutsAcrossTheLongerGroundAxisIntoPartsOfEqualArea() {
        // 0.02° of longitude at 40° N is about 1.7 km, wider than the 0.01° (1.1 km) of latitude
        Polygon wide = polygon("POLYGON ((116.0 40.0, 116.02 40.0, 116.02 40.01, 116.0 40.01, 116.0 40.0))");

        List<Polygon> parts = PolygonCutter.cut(wide, 3, Geometry::getArea).orElseThrow();

        assertThat(parts).hasSize(3).allSatisfy(part -> {
            assertThat(part.getArea()).isCloseTo(wide.getArea() / 3, within(1e-12));
            assertThat(part.getEnvelopeInternal().getHeight()).isCloseTo(0.01, within(1e-9));
        });
        assertThat(parts.get(0).getEnvelopeInternal().getMinX()).as("west first").isCloseTo(116.0, within(1e-9));
        assertExactCoverOf(wide, parts);
    }

    /** Cut north–south, the C's two arms would form one part; cut east–west, each part is one polygon. */
    @Test
    void turnsToTheOtherAxisWhereTheLongerOneWouldGiveAPartInPieces() {
        Polygon openToTheEast = polygon("POLYGON ((116.0 40.0, 116.03 40.0, 116.03 40.003, 116.01 40.003,"
                + " 116.01 40.007, 116.03 40.007, 116.03 40.01, 116.0 40.01, 116.0 40.0))");

        List<Polygon> parts = PolygonCutter.cut(openToTheEast, 2, Geometry::getArea).orElseThrow();

        assertThat(parts.get(0).getEnvelopeInternal().getMaxY()).as("north first").isCloseTo(40.01, within(1e-9));
        assertThat(parts.get(1).getEnvelopeInternal().getMinY()).isCloseTo(40.0, within(1e-9));
        assertThat(parts.get(0).getArea()).isCloseTo(parts.get(1).getArea(), within(1e-12));
        assertExactCoverOf(openToTheEast, parts);
    }

    @Test
    void cutsAtEqualWeightRatherThanEqualArea() {
        Polygon wide = polygon("POLYGON ((116.0 40.0, 116.02 40.0, 116.02 40.01, 116.0 40.01, 116.0 40.0))");
        Polygon westHalf = polygon("POLYGON ((116.0 40.0, 116.01 40.0, 116.01 40.01, 116.0 40.01, 116.0 40.0))");
        // the western half weighs three times as much per area as the eastern one
        List<Polygon> parts = PolygonCutter.cut(wide, 2, region ->
                region.getArea() + 2 * PolygonCutter.areaOfIntersection(region, westHalf).getArea()).orElseThrow();

        assertThat(parts.get(0).getEnvelopeInternal().getMaxX()).isCloseTo(116.0 + 0.02 / 3, within(1e-9));
        assertExactCoverOf(wide, parts);
    }

    @Test
    void keepsAHoleInsideThePartThatHoldsIt() {
        Polygon ring = polygon("POLYGON ((116.0 40.0, 116.02 40.0, 116.02 40.01, 116.0 40.01, 116.0 40.0),"
                + " (116.002 40.004, 116.006 40.004, 116.006 40.006, 116.002 40.006, 116.002 40.004))");

        List<Polygon> parts = PolygonCutter.cut(ring, 2, Geometry::getArea).orElseThrow();

        assertThat(parts.get(0).getNumInteriorRing()).isEqualTo(1);
        assertExactCoverOf(ring, parts);
    }

    private static void assertExactCoverOf(Polygon whole, List<Polygon> parts) {
        Geometry[] coverage = parts.toArray(Geometry[]::new);
        assertThat(CoverageValidator.isValid(coverage)).isTrue();
        assertThat(CoverageUnion.union(coverage).symDifference(whole).getArea()).isLessThan(1e-15);
    }

    private static Polygon polygon(String wkt) {
        try {
            return (Polygon) new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
