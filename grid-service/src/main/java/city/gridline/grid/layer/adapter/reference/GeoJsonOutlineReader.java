package city.gridline.grid.layer.adapter.reference;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Reads one feature's outline (Polygon or MultiPolygon, lon/lat) from a GeoJSON FeatureCollection, picking the
 * feature by its {@code id}. Unclosed rings are closed; an invalid outline (such as a self-touching ring in
 * digitised boundary data) is repaired with {@link GeometryFixer}, so the result is always a valid polygonal
 * geometry.
 */
public final class GeoJsonOutlineReader {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJsonOutlineReader() {
    }

    public static Geometry read(InputStream featureCollection, String featureId) {
        JsonNode root;
        try {
            root = JSON.readTree(featureCollection);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (!"FeatureCollection".equals(root.path("type").asString(null))) {
            throw new IllegalArgumentException("GeoJSON root is not a FeatureCollection but "
                    + root.path("type").asString(null));
        }
        JsonNode feature = StreamSupport.stream(root.path("features").spliterator(), false)
                .filter(candidate -> featureId.equals(idOf(candidate.path("id"))))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("GeoJSON has no feature with id " + featureId));
        Geometry outline = geometry(feature.path("geometry"));
        return outline.isValid() ? outline : GeometryFixer.fix(outline);
    }

    private static String idOf(JsonNode id) {
        if (id.isIntegralNumber()) {
            return id.bigIntegerValue().toString();
        }
        return id.isString() ? id.asString() : null;
    }

    private static Geometry geometry(JsonNode geometry) {
        String type = geometry.path("type").asString(null);
        JsonNode coordinates = geometry.path("coordinates");
        if ("Polygon".equals(type)) {
            return polygon(coordinates);
        }
        if ("MultiPolygon".equals(type)) {
            List<Polygon> polygons = new ArrayList<>();
            coordinates.forEach(rings -> polygons.add(polygon(rings)));
            return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        }
        throw new IllegalArgumentException("Outline must be a Polygon or MultiPolygon, not " + type);
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("Polygon without rings");
        }
        List<LinearRing> parsed = new ArrayList<>();
        rings.forEach(ring -> parsed.add(ring(ring)));
        return FACTORY.createPolygon(parsed.get(0), parsed.subList(1, parsed.size()).toArray(LinearRing[]::new));
    }

    private static LinearRing ring(JsonNode positions) {
        List<Coordinate> coordinates = new ArrayList<>();
        for (JsonNode position : positions) {
            if (!position.path(0).isNumber() || !position.path(1).isNumber()) {
                throw new IllegalArgumentException("Expected a [lon, lat] position, got " + position);
            }
            coordinates.add(new Coordinate(position.get(0).asDouble(), position.get(1).asDouble()));
        }
        if (!coordinates.isEmpty() && !coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
            coordinates.add(coordinates.get(0).copy());
        }
        return FACTORY.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }
}
