package city.gridline.bench.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The envelope of the Chaoyang District outline the grid service generates its demo layer from (its resource
 * {@code reference/beijing-chaoyang-110105-outline.geojson}, on the classpath through grid-service's plain jar), so
 * the projection targets exactly the district the stack's layer covers.
 */
final class DistrictEnvelope {

    static final String CHAOYANG_OUTLINE = "/reference/beijing-chaoyang-110105-outline.geojson";

    private DistrictEnvelope() {
    }

    static Box chaoyang() {
        try (InputStream in = DistrictEnvelope.class.getResourceAsStream(CHAOYANG_OUTLINE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CHAOYANG_OUTLINE + " (grid-service's jar)");
            }
            return of(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The envelope of every coordinate in a GeoJSON document. */
    static Box of(JsonNode geoJson) {
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        widen(geoJson, box);
        return new Box(box[0], box[1], box[2], box[3]);
    }

    private static void widen(JsonNode node, double[] box) {
        JsonNode coordinates = node.get("coordinates");
        if (coordinates != null) {
            positions(coordinates, box);
            return;
        }
        for (JsonNode child : node) {
            if (child.isContainer()) {
                widen(child, box);
            }
        }
    }

    private static void positions(JsonNode coordinates, double[] box) {
        if (coordinates.size() >= 2 && coordinates.get(0).isNumber()) {
            double lon = coordinates.get(0).asDouble();
            double lat = coordinates.get(1).asDouble();
            box[0] = Math.min(box[0], lon);
            box[1] = Math.min(box[1], lat);
            box[2] = Math.max(box[2], lon);
            box[3] = Math.max(box[3], lat);
            return;
        }
        for (JsonNode child : coordinates) {
            positions(child, box);
        }
    }
}
