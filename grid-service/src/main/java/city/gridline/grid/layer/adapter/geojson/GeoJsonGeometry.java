package city.gridline.grid.layer.adapter.geojson;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** GeoJSON Polygon and MultiPolygon geometries (RFC 7946, lon/lat positions) read into JTS. */
public final class GeoJsonGeometry {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeoJsonGeometry() {
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
