package city.gridline.grid.layer.adapter.reference;

import city.gridline.grid.layer.adapter.geojson.GeoJsonGeometry;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.util.stream.StreamSupport;

/**
 * Reads one feature's outline (Polygon or MultiPolygon, lon/lat) from a GeoJSON FeatureCollection, picking the
 * feature by its {@code id}. Unclosed rings are closed; an invalid outline (such as a self-touching ring in
 * digitised boundary data) is repaired with {@link GeometryFixer}, so the result is always a valid polygonal
 * geometry.
 */
public final class GeoJsonOutlineReader {

    private GeoJsonOutlineReader() {
    }

    public static Geometry read(InputStream featureCollection, String featureId) {
        JsonNode root = GeoJsonGeometry.readFeatureCollection(featureCollection);
        JsonNode feature = StreamSupport.stream(root.path("features").spliterator(), false)
                .filter(candidate -> featureId.equals(idOf(candidate.path("id"))))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("GeoJSON has no feature with id " + featureId));
        Geometry outline = GeoJsonGeometry.read(feature.path("geometry"));
        return outline.isValid() ? outline : GeometryFixer.fix(outline);
    }

    private static String idOf(JsonNode id) {
        if (id.isIntegralNumber()) {
            return id.bigIntegerValue().toString();
        }
        return id.isString() ? id.asString() : null;
    }
}
