package city.gridline.grid.layer.adapter.geojson;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** GeoJSON (RFC 7946, lon/lat positions): feature collections read, Polygon and MultiPolygon geometries to and from JTS. */
public final class GeoJsonGeometry {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJsonGeometry() {
    }

    /** Reads a GeoJSON FeatureCollection; fails with IllegalArgumentException when it is not JSON or not one. */
    public static JsonNode readFeatureCollection(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (!"FeatureCollection".equals(root.path("type").asString(null))) {
            throw new IllegalArgumentException("GeoJSON root is not a FeatureCollection but "
                    + root.path("type").asString(null));
        }
        return root;
    }

    /** Reads a Polygon or MultiPolygon; an unclosed ring is closed. Fails with IllegalArgumentException. */
    public static Geometry read(JsonNode geometry) {
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
        throw new IllegalArgumentException("geometry must be a Polygon or MultiPolygon, not " + type);
    }

    public static ObjectNode write(Geometry geometry) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (geometry instanceof Polygon polygon) {
            node.put("type", "Polygon");
            node.set("coordinates", rings(polygon));
            return node;
        }
        node.put("type", "MultiPolygon");
        ArrayNode polygons = node.putArray("coordinates");
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            polygons.add(rings((Polygon) geometry.getGeometryN(i)));
        }
        return node;
    }

    private static ArrayNode rings(Polygon polygon) {
        ArrayNode rings = JsonNodeFactory.instance.arrayNode();
        rings.add(positions(polygon.getExteriorRing()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(positions(polygon.getInteriorRingN(i)));
        }
        return rings;
    }

    private static ArrayNode positions(LineString ring) {
        ArrayNode positions = JsonNodeFactory.instance.arrayNode();
        for (Coordinate coordinate : ring.getCoordinates()) {
            positions.addArray().add(coordinate.x).add(coordinate.y);
        }
        return positions;
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
                throw new IllegalArgumentException("expected a [lon, lat] position, got " + position);
            }
            coordinates.add(new Coordinate(position.get(0).asDouble(), position.get(1).asDouble()));
        }
        if (!coordinates.isEmpty() && !coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
            coordinates.add(coordinates.get(0).copy());
        }
        if (coordinates.size() < 4) {
            throw new IllegalArgumentException("a ring needs at least 4 positions, got " + coordinates.size());
        }
        return FACTORY.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }
}
