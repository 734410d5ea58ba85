package city.gridline.grid.layer.adapter.web;

import city.gridline.grid.layer.adapter.geojson.GeoJsonGeometry;
import city.gridline.grid.layer.domain.SpecialZone;
import city.gridline.grid.layer.domain.SpecialZones;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** The district's special zones (特殊地区) and the special-area team of each. */
@RestController
@RequestMapping("/api/v1")
public class ZoneController {

    private final SpecialZones zones;

    public ZoneController(SpecialZones zones) {
        this.zones = zones;
    }

    @GetMapping(path = "/zones", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ZoneResponse> zones() {
        return zones.zones().stream().map(ZoneResponse::of).toList();
    }

    @GetMapping(path = "/zones.geojson", produces = LayerController.GEO_JSON)
    public ObjectNode zonesAsGeoJson() {
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

    public record ZoneResponse(String code, String name, LayerController.Team team) {

        static ZoneResponse of(SpecialZone zone) {
            return new ZoneResponse(zone.code(), zone.name(), new LayerController.Team(zone.teamId(), zone.teamName()));
        }
    }
}
