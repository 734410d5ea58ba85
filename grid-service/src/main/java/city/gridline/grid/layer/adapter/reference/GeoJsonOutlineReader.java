package city.gridline.grid.layer.adapter.reference;

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
        JsonNode feature = StreamSupport.stream(GeoJson.features(featureCollection).spliterator(), false)
                .filter(candidate -> featureId.equals(GeoJson.idOf(candidate)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("GeoJSON has no feature with id " + featureId));
        Geometry outline = GeoJson.polygonal(feature.path("geometry"));
        return outline.isValid() ? outline : GeometryFixer.fix(outline);
    }
}
