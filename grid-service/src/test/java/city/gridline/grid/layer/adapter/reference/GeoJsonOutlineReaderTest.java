package city.gridline.grid.layer.adapter.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class GeoJsonOutlineReaderTest {

    @Test
    void readsTheBundledChaoyangOutlineAsAValidMultiPolygon() {
        Geometry outline = BundledReferenceData.read("/reference/beijing-chaoyang-110105-outline.geojson",
                in -> GeoJsonOutlineReader.read(in, "110105"));

        assertThat(outline.getGeometryType()).isEqualTo(Geometry.TYPENAME_MULTIPOLYGON);
        assertThat(outline.isValid()).isTrue();
        // about 470 km² at 40° N: 0.0488 square degrees
        assertThat(outline.getArea()).isCloseTo(0.0488, within(0.0005));
        assertThat(outline.getEnvelopeInternal().contains(116.455, 39.937)).isTrue();
    }

    @Test
    void picksTheFeatureByNumericOrTextId() {
        String collection = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": 1, "properties": {"name": "a \\"x\\" \\u671d"},
                   "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]}},
                  {"type": "Feature", "id": "110105", "properties": null,
                   "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1e0]]]}}
                ]}""";

        Geometry first = GeoJsonOutlineReader.read(stream(collection), "1");
        Geometry second = GeoJsonOutlineReader.read(stream(collection), "110105");

        assertThat(first.getArea()).isEqualTo(4.0);
        assertThat(second.getGeometryType()).isEqualTo(Geometry.TYPENAME_POLYGON);
        assertThat(second.getArea()).as("an unclosed ring is closed").isEqualTo(0.5);
    }

    @Test
    void repairsAnInvalidOutline() {
        String bowTie = """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "id": "x", "properties": {},
                  "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]}}]}""";

        Geometry outline = GeoJsonOutlineReader.read(stream(bowTie), "x");

        assertThat(outline.isValid()).isTrue();
        assertThat(outline.getArea()).isEqualTo(2.0);
    }

    @Test
    void rejectsAMissingFeatureOrAnotherGeometryType() {
        String point = """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "id": "p",
                  "geometry": {"type": "Point", "coordinates": [1, 2]}}]}""";

        assertThatThrownBy(() -> GeoJsonOutlineReader.read(stream(point), "q"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no feature with id q");
        assertThatThrownBy(() -> GeoJsonOutlineReader.read(stream(point), "p"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Point");
        assertThatThrownBy(() -> GeoJsonOutlineReader.read(stream("{\"type\": \"FeatureCollection\""), "p"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid JSON");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
