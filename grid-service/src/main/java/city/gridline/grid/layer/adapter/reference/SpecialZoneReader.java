package city.gridline.grid.layer.adapter.reference;

import city.gridline.grid.layer.adapter.geojson.GeoJsonGeometry;
import city.gridline.grid.layer.domain.SpecialZone;
import city.gridline.grid.layer.domain.SpecialZones;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads special zones from a GeoJSON FeatureCollection: one feature per zone, a Polygon or MultiPolygon
 * (lon/lat) with the properties {@code code}, {@code name}, {@code teamId} and {@code teamName}. A feature
 * {@code id}, where given, must equal its code. Unlike a district outline, an invalid zone is rejected rather
 * than repaired: zones are drawn by hand, so a bad one is a mistake to fix in the file.
 */
public final class SpecialZoneReader {

    private SpecialZoneReader() {
    }

    /** The zones in a GeoJSON resource on the classpath, e.g. {@code /reference/chaoyang-special-zones.geojson}. */
    public static SpecialZones fromClasspath(String resource) {
        return BundledReferenceData.read(resource, SpecialZoneReader::read);
    }

    public static SpecialZones read(InputStream featureCollection) {
        JsonNode root = GeoJsonGeometry.readFeatureCollection(featureCollection);
        List<SpecialZone> zones = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            JsonNode properties = feature.path("properties");
            String code = text(properties, "code");
            JsonNode id = feature.path("id");
            if (!id.isMissingNode() && !id.isNull() && !code.equals(id.asString(null))) {
                throw new IllegalArgumentException("zone feature id " + id + " differs from its code " + code);
            }
            zones.add(new SpecialZone(code, text(properties, "name"), GeoJsonGeometry.read(feature.path("geometry")),
                    text(properties, "teamId"), text(properties, "teamName")));
        }
        return new SpecialZones(zones);
    }

    private static String text(JsonNode properties, String name) {
        String value = properties.path(name).asString(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("zone feature lacks the property '" + name + "'");
        }
        return value;
    }
}
