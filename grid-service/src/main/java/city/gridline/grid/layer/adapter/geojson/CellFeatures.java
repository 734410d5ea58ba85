package city.gridline.grid.layer.adapter.geojson;

import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.CellDraft;
import city.gridline.grid.layer.domain.LayerProblem;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells as a GeoJSON FeatureCollection: one Polygon feature per cell, its {@code id} the cell code, its
 * properties the cell's place in the hierarchy, its figures and its team. The same shape goes out on export and
 * comes in on import, so an exported layer imports again unchanged.
 */
public final class CellFeatures {

    private CellFeatures() {
    }

    public static ObjectNode write(String layerVersion, List<Cell> cells) {
        ObjectNode collection = JsonNodeFactory.instance.objectNode();
        collection.put("type", "FeatureCollection");
        collection.put("layerVersion", layerVersion);
        ArrayNode features = collection.putArray("features");
        for (Cell cell : cells) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", cell.code());
            feature.set("geometry", GeoJsonGeometry.write(cell.geometry()));
            ObjectNode properties = feature.putObject("properties");
            properties.put("code", cell.code());
            properties.put("communityCode", cell.community().code());
            properties.put("communityName", cell.community().name());
            properties.put("streetCode", cell.street().code());
            properties.put("streetName", cell.street().name());
            properties.put("districtCode", cell.district().code());
            properties.put("districtName", cell.district().name());
            properties.put("residents", cell.residents());
            properties.put("households", cell.households());
            properties.put("teamId", cell.teamId());
            properties.put("teamName", cell.teamName());
        }
        return collection;
    }

    /**
     * Reads every feature it can; a feature it cannot read becomes a problem naming its position, so that a
     * file is judged as a whole.
     */
    public static List<CellDraft> read(JsonNode collection, List<LayerProblem> problems) {
        if (!"FeatureCollection".equals(collection.path("type").asString(null))
                || !collection.path("features").isArray()) {
            problems.add(new LayerProblem(LayerProblem.Kind.MALFORMED_FEATURE, null,
                    "the body must be a GeoJSON FeatureCollection with a features array"));
            return List.of();
        }
        List<CellDraft> drafts = new ArrayList<>();
        int position = 0;
        for (JsonNode feature : collection.path("features")) {
            JsonNode properties = feature.path("properties");
            String code = text(properties, "code");
            try {
                Geometry geometry = GeoJsonGeometry.read(feature.path("geometry"));
                drafts.add(new CellDraft(code, text(properties, "communityCode"), geometry,
                        integer(properties, "residents"), integer(properties, "households"),
                        text(properties, "teamId"), text(properties, "teamName")));
            } catch (IllegalArgumentException e) {
                problems.add(new LayerProblem(LayerProblem.Kind.MALFORMED_FEATURE, code,
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

    private static Integer integer(JsonNode properties, String name) {
        JsonNode value = properties.path(name);
        return value.isIntegralNumber() && value.canConvertToInt() ? value.asInt() : null;
    }
}
