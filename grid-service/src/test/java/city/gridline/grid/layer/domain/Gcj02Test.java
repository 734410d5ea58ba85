package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;

class Gcj02Test {

    /** The test vectors of googollee/eviltransform (go/transform_test.go), as WGS-84 lat, lon → GCJ-02 lat, lon. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "shanghai, 31.1774276, 121.5272106, 31.17530398364597, 121.531541859215",
            "shenzhen, 22.543847, 113.912316, 22.540796131694766, 113.9171764808363",
            "beijing, 39.911954, 116.377817, 39.91334545536069, 116.38404722455657"
    })
    void shiftsLikeEviltransform(String place, double wgsLat, double wgsLon, double gcjLat, double gcjLon) {
        Coordinate gcj = Gcj02.fromWgs84(wgsLon, wgsLat);

        assertThat(gcj.x).isCloseTo(gcjLon, within(1e-9));
        assertThat(gcj.y).isCloseTo(gcjLat, within(1e-9));
    }

    @Test
    void leavesPointsOutsideChinaUnchanged() {
        Coordinate tokyo = Gcj02.fromWgs84(139.7671, 35.6812);

        assertThat(Gcj02.isOutsideChina(139.7671, 35.6812)).isTrue();
        assertThat(tokyo.x).isEqualTo(139.7671);
        assertThat(tokyo.y).isEqualTo(35.6812);
    }
}
