package city.gridline.grid.layer.adapter.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import city.gridline.grid.layer.domain.SpecialZone;
import city.gridline.grid.layer.domain.SpecialZones;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

class SpecialZoneReaderTest {

    private static final SpecialZones CHAOYANG =
            SpecialZoneReader.fromClasspath("/reference/chaoyang-special-zones.geojson");
    private static final Geometry OUTLINE = BundledReferenceData.read("/reference/beijing-chaoyang-110105-outline.geojson",
            in -> GeoJsonOutlineReader.read(in, "110105"));

    @Test
    void readsChaoyangsFourSpecialZonesWithTheirTeams() {
        assertThat(CHAOYANG.zones()).extracting(SpecialZone::code)
                .containsExactly("ZONE-798", "ZONE-CBD", "ZONE-CHAOYANGYUAN", "ZONE-GONGTI");
        assertThat(CHAOYANG.zones()).extracting(SpecialZone::teamName).containsExactlyInAnyOrder(
                "CBD特殊地区执法队", "朝阳园特殊地区执法队", "798艺术区特殊地区执法队", "工人体育场特殊地区执法队");
        assertThat(CHAOYANG.zones()).allSatisfy(zone -> {
            assertThat(zone.teamId()).isEqualTo("ZT-" + zone.code().substring("ZONE-".length()));
            assertThat(zone.area().isValid()).isTrue();
            // between about 0.5 and 7 km² (a square degree here is about 9,500 km²)
            assertThat(zone.area().getArea()).isBetween(0.5 / 9_500, 7.0 / 9_500);
        });
    }

    @Test
    void everyZoneLiesInsideTheDistrictAndNoneOverlapsAnother() {
        assertThat(CHAOYANG.zonesNotWithin(OUTLINE)).isEmpty();
        for (SpecialZone a : CHAOYANG.zones()) {
            for (SpecialZone b : CHAOYANG.zones()) {
                if (a != b) {
                    assertThat(a.area().intersection(b.area()).getArea()).as(a.code() + " ∩ " + b.code()).isZero();
                }
            }
        }
    }

    @Test
    void findsEachZoneFromAPointInsideItAndNoZoneElsewhere() {
        assertThat(CHAOYANG.zones()).allSatisfy(zone -> {
            Point inside = zone.area().getInteriorPoint();
            assertThat(CHAOYANG.zoneAt(inside.getX(), inside.getY())).hasValue(zone);
        });
        assertThat(CHAOYANG.zoneAt(116.4550, 39.9370)).as("Sanlitun").isEmpty();
        assertThat(CHAOYANG.zoneAt(116.3975, 39.9087)).as("Tiananmen, outside Chaoyang").isEmpty();
        assertThat(CHAOYANG.zoneAt(116.4700, 39.9400)).as("between the zones").isEmpty();
    }

    @Test
    void rejectsAZoneWithoutItsTeamOrWithAMismatchedId() {
        String noTeam = """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "id": "ZONE-X",
                  "properties": {"code": "ZONE-X", "name": "x", "teamId": "ZT-X"},
                  "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}]}""";
        String otherId = noTeam.replace("\"id\": \"ZONE-X\"", "\"id\": \"ZONE-Y\"")
                .replace("\"teamId\": \"ZT-X\"", "\"teamId\": \"ZT-X\", \"teamName\": \"X队\"");

        assertThatThrownBy(() -> SpecialZoneReader.read(stream(noTeam)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("teamName");
        assertThatThrownBy(() -> SpecialZoneReader.read(stream(otherId)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differs from its code");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
