package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class SpecialZonesTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    void findsTheZoneAtAPointAndNothingOutsideEveryZone() {
        SpecialZones zones = new SpecialZones(List.of(zone("ZONE-B", box(2, 0, 3, 1)), zone("ZONE-A", box(0, 0, 1, 1))));

        assertThat(zones.zoneAt(0.5, 0.5)).map(SpecialZone::code).hasValue("ZONE-A");
        assertThat(zones.zoneAt(2.5, 0.5)).map(SpecialZone::code).hasValue("ZONE-B");
        assertThat(zones.zoneAt(1.5, 0.5)).isEmpty();
        assertThat(zones.zones()).extracting(SpecialZone::code).containsExactly("ZONE-A", "ZONE-B");
        assertThat(zones.byCode("ZONE-B")).map(SpecialZone::teamId).hasValue("ZT-B");
    }

    @Test
    void zonesMayShareABorderWhichResolvesToTheSmallerCode() {
        SpecialZones zones = new SpecialZones(List.of(zone("ZONE-B", box(1, 0, 2, 1)), zone("ZONE-A", box(0, 0, 1, 1))));

        assertThat(zones.zoneAt(1.0, 0.5)).map(SpecialZone::code).hasValue("ZONE-A");
    }

    @Test
    void rejectsOverlappingZonesAndRepeatedCodes() {
        assertThatThrownBy(() -> new SpecialZones(List.of(zone("ZONE-A", box(0, 0, 2, 2)), zone("ZONE-B", box(1, 1, 3, 3)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ZONE-A and ZONE-B overlap");
        assertThatThrownBy(() -> new SpecialZones(List.of(zone("ZONE-A", box(0, 0, 4, 4)), zone("ZONE-B", box(1, 1, 2, 2)))))
                .as("one inside the other").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpecialZones(List.of(zone("ZONE-A", box(0, 0, 1, 1)), zone("ZONE-A", box(2, 2, 3, 3)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("used twice");
    }

    @Test
    void rejectsAnAreaThatIsNotAValidPolygon() {
        Geometry bowTie = FACTORY.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(2, 2),
                new Coordinate(2, 0), new Coordinate(0, 2), new Coordinate(0, 0)});

        assertThatThrownBy(() -> zone("ZONE-X", bowTie)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> zone("ZONE-X", FACTORY.createPoint(new Coordinate(0, 0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tellsWhichZonesLieOutsideAnArea() {
        SpecialZones zones = new SpecialZones(List.of(zone("ZONE-IN", box(1, 1, 2, 2)), zone("ZONE-ACROSS", box(9, 9, 11, 11))));

        assertThat(zones.zonesNotWithin(box(0, 0, 10, 10))).extracting(SpecialZone::code).containsExactly("ZONE-ACROSS");
        assertThat(SpecialZones.none().zoneAt(1, 1)).isEmpty();
    }

    private static SpecialZone zone(String code, Geometry area) {
        String suffix = code.substring("ZONE-".length());
        return new SpecialZone(code, suffix + "区", area, "ZT-" + suffix, suffix + "特殊地区执法队");
    }

    private static Geometry box(double minX, double minY, double maxX, double maxY) {
        return FACTORY.createPolygon(new Coordinate[] {new Coordinate(minX, minY), new Coordinate(maxX, minY),
                new Coordinate(maxX, maxY), new Coordinate(minX, maxY), new Coordinate(minX, minY)});
    }
}
