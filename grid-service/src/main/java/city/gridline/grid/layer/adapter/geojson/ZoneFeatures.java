package city.gridline.grid.layer.adapter.geojson;

import city.gridline.grid.layer.domain.SpecialZone;
import city.gridline.grid.layer.domain.SpecialZones;
import city.gridline.grid.layer.domain.ZoneDraft;
import city.gridline.grid.layer.domain.ZoneProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Special zones as a GeoJSON FeatureCollection: one Polygon or MultiPolygon feature per zone, its {@code id} the
 * zone code, its properties {@code code}, {@code name}, {@code teamId} and {@code teamName}. The same shape goes
 * out on export and comes in on import, so exported zones import again unchanged.
 */
public final class ZoneFeatures {

    private ZoneFeatures() {
    }

    public static ObjectNode write(SpecialZones zones) {
        ObjectNode collection = JsonNodeFactory.instance.objectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (SpecialZone zone : zones.zones()) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", zone.code());
            feature.set("geometry", GeoJsonGeometry.write(zone.area()));
            feature.putObject("properties").put("code", zone.code()).put("name", zone.name())
                    .put("teamId", zone.teamId()).put("teamName", zone.teamName());
        }
        return collection;
    }

    /**
     * Reads every feature it can; a feature it cannot read, or whose {@code id} differs from its code, becomes a
     * problem naming its position, so that a file is judged as a whole.
     */
    public static List<ZoneDraft> read(JsonNode collection, List<ZoneProblem> problems) {
        if (!"FeatureCollection".equals(collection.path("type").asString(null))
                || !collection.path("features").isArray()) {
            problems.add(new ZoneProblem(ZoneProblem.Kind.MALFORMED_FEATURE, null,
                    "the body must be a GeoJSON FeatureCollection with a features array"));
            return List.of();
        }
        List<ZoneDraft> drafts = new ArrayList<>();
        int position = 0;
        for (JsonNode feature : collection.path("features")) {
            JsonNode properties = feature.path("properties");
            String code = text(properties, "code");
            JsonNode id = feature.path("id");
            if (!id.isMissingNode() && !id.isNull() && (code == null || !code.equals(id.asString(null)))) {
                problems.add(new ZoneProblem(ZoneProblem.Kind.MALFORMED_FEATURE, code,
                        "feature " + position + ": its id " + id + " differs from its code " + code));
            }
            try {
                drafts.add(new ZoneDraft(code, text(properties, "name"), GeoJsonGeometry.read(feature.path("geometry")),
                        text(properties, "teamId"), text(properties, "teamName")));
            } catch (IllegalArgumentException e) {
                problems.add(new ZoneProblem(ZoneProblem.Kind.MALFORMED_FEATURE, code,
                        "feature " + position + ": " + e.getMessage()));
            }
            position++;
        }
        return drafts;
    }

    private static String text(JsonNode properties, String name) {
        JsonNode value = properties.path(name);
        return value.isString() ? value.asString() : null;
    }
}
