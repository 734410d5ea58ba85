package city.gridline.grid.layer.adapter.web;

import city.gridline.grid.layer.adapter.geojson.ZoneFeatures;
import city.gridline.grid.layer.application.ActiveLayer;
import city.gridline.grid.layer.application.ZoneAdministration;
import city.gridline.grid.layer.domain.SpecialZone;
import city.gridline.grid.layer.domain.SpecialZones;
import city.gridline.grid.layer.domain.ZoneDraft;
import city.gridline.grid.layer.domain.ZoneProblem;
import city.gridline.grid.security.LayerAreas;
import city.gridline.servicekit.security.Callers;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The district's special zones (特殊地区) and the special-area team of each: read, exported as GeoJSON, and
 * replaced as a whole by importing such a file. An import blocks on the store, so it runs off the event loop.
 */
@RestController
@RequestMapping("/api/v1")
public class ZoneController {

    private final ZoneAdministration administration;
    private final ActiveLayer active;

    public ZoneController(ZoneAdministration administration, ActiveLayer active) {
        this.administration = administration;
        this.active = active;
    }

    @GetMapping(path = "/zones", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ZoneResponse> zones() {
        return ZoneResponse.of(administration.zones());
    }

    @GetMapping(path = "/zones.geojson", produces = LayerController.GEO_JSON)
    public ObjectNode zonesAsGeoJson() {
        return ZoneFeatures.write(administration.zones());
    }

    /** Replaces the zones in force with those of the FeatureCollection; 422 with every problem, nothing stored. */
    @PutMapping(path = "/zones", consumes = {LayerController.GEO_JSON, MediaType.APPLICATION_JSON_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<List<ZoneResponse>> importZones(@RequestBody JsonNode featureCollection) {
        return Callers.current().flatMap(caller -> Mono.fromCallable(() -> {
            List<ZoneProblem> readProblems = new ArrayList<>();
            List<ZoneDraft> drafts = ZoneFeatures.read(featureCollection, readProblems);
            LayerAreas.requireAll(caller, List.of(active.get().layer().district().code()));
            return ZoneResponse.of(administration.importZones(drafts, readProblems));
        }).subscribeOn(Schedulers.boundedElastic()));
    }

    public record ZoneResponse(String code, String name, LayerController.Team team) {

        static List<ZoneResponse> of(SpecialZones zones) {
            return zones.zones().stream().map(ZoneResponse::of).toList();
        }

        static ZoneResponse of(SpecialZone zone) {
            return new ZoneResponse(zone.code(), zone.name(), new LayerController.Team(zone.teamId(), zone.teamName()));
        }
    }
}
