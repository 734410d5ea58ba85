package city.gridline.grid.layer.adapter.reference;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The parts of GeoJSON (RFC 7946) the reference readers share: the features of a collection, polygonal geometry. */
final class GeoJson {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJson() {
    }

    /** The {@code features} array of a FeatureCollection. */
    static JsonNode features(InputStream featureCollection) {
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
        return root.path("features");
    }

    /** A feature's {@code id} as text (GeoJSON allows a string or a number), or null. */
    static String idOf(JsonNode feature) {
        JsonNode id = feature.path("id");
        if (id.isIntegralNumber()) {
            return id.bigIntegerValue().toString();
        }
        return id.isString() ? id.asString() : null;
    }

    /** A Polygon or MultiPolygon geometry object, lon/lat; unclosed rings are closed, validity is not checked. */
    static Geometry polygonal(JsonNode geometry) {
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
        throw new IllegalArgumentException("Expected a Polygon or MultiPolygon, not " + type);
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
