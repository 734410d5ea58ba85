package city.gridline.grid.layer.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Reads one feature's outline (Polygon or MultiPolygon, lon/lat) from a GeoJSON FeatureCollection,
 * picking the feature by its {@code id}. Unclosed rings are closed; an invalid outline (such as a
 * self-touching ring in digitised boundary data) is repaired with {@link GeometryFixer}, so the
 * result is always a valid polygonal geometry.
 */
public final class GeoJsonOutlineReader {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeoJsonOutlineReader() {
    }

    public static Geometry read(InputStream featureCollection, String featureId) {
        String text;
        try {
            text = new String(featureCollection.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read GeoJSON", e);
        }
        Map<String, Object> root = object(JsonText.parse(text), "GeoJSON root");
        if (!"FeatureCollection".equals(root.get("type"))) {
            throw new IllegalArgumentException("GeoJSON root is not a FeatureCollection but " + root.get("type"));
        }
        for (Object element : list(root.get("features"), "features")) {
            Map<String, Object> feature = object(element, "feature");
            if (featureId.equals(idText(feature.get("id")))) {
                Geometry outline = geometry(object(feature.get("geometry"), "geometry of feature " + featureId));
                return outline.isValid() ? outline : GeometryFixer.fix(outline);
            }
        }
        throw new IllegalArgumentException("GeoJSON has no feature with id " + featureId);
    }

    private static String idText(Object id) {
        if (id instanceof Double number) {
            return new BigDecimal(number).stripTrailingZeros().toPlainString();
        }
        return id == null ? null : id.toString();
    }

    private static Geometry geometry(Map<String, Object> geometry) {
        Object type = geometry.get("type");
        List<Object> coordinates = list(geometry.get("coordinates"), "coordinates");
        if ("Polygon".equals(type)) {
            return polygon(coordinates);
        }
        if ("MultiPolygon".equals(type)) {
            return FACTORY.createMultiPolygon(coordinates.stream()
                    .map(rings -> polygon(list(rings, "polygon")))
                    .toArray(Polygon[]::new));
        }
        throw new IllegalArgumentException("Outline must be a Polygon or MultiPolygon, not " + type);
    }

    private static Polygon polygon(List<Object> rings) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("Polygon without rings");
        }
        LinearRing shell = ring(list(rings.get(0), "ring"));
        LinearRing[] holes = rings.subList(1, rings.size()).stream()
                .map(hole -> ring(list(hole, "ring")))
                .toArray(LinearRing[]::new);
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(List<Object> positions) {
        Coordinate[] coordinates = positions.stream()
                .map(position -> list(position, "position"))
                .map(xy -> new Coordinate(number(xy.get(0)), number(xy.get(1))))
                .toArray(Coordinate[]::new);
        if (coordinates.length > 0 && !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            Coordinate[] closed = Arrays.copyOf(coordinates, coordinates.length + 1);
            closed[coordinates.length] = coordinates[0].copy();
            coordinates = closed;
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private static double number(Object value) {
        if (value instanceof Double number) {
            return number;
        }
        throw new IllegalArgumentException("Expected a number in coordinates, got " + value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("Expected a JSON object for " + what);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String what) {
        if (value instanceof List<?> elements) {
            return (List<Object>) elements;
        }
        throw new IllegalArgumentException("Expected a JSON array for " + what);
    }
}
