package city.gridline.grid.layer.adapter.web;

import city.gridline.contracts.Crs;
import city.gridline.grid.layer.adapter.geojson.CellFeatures;
import city.gridline.grid.layer.application.ActiveLayer;
import city.gridline.grid.layer.application.CurrentLayer;
import city.gridline.grid.layer.application.LayerAdministration;
import city.gridline.grid.layer.application.LayerHeader;
import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.CellDraft;
import city.gridline.grid.layer.domain.Gcj02;
import city.gridline.grid.layer.domain.GridLayer;
import city.gridline.grid.layer.domain.LayerProblem;
import city.gridline.grid.security.LayerAreas;
import city.gridline.servicekit.security.Callers;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The grid administrator's API: layer versions (list, read, import, activate, export as GeoJSON), cells (by code,
 * at a point, by community) and the teams stationed in them. Layer administration blocks on the store, so it runs
 * off the event loop.
 */
@RestController
@RequestMapping("/api/v1")
public class LayerController {

    static final String GEO_JSON = "application/geo+json";

    private final ActiveLayer active;
    private final LayerAdministration administration;

    public LayerController(ActiveLayer active, LayerAdministration administration) {
        this.active = active;
        this.administration = administration;
    }

    @GetMapping(path = "/layers", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<List<LayerHeader>> layers() {
        return blocking(administration::layers);
    }

    @GetMapping(path = "/layers/current", produces = MediaType.APPLICATION_JSON_VALUE)
    public LayerSummary current() {
        return LayerSummary.of(active.get().layer());
    }

    @GetMapping(path = "/layers/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<LayerSummary> layer(@PathVariable String version) {
        return blocking(() -> LayerSummary.of(administration.layer(version)));
    }

    @GetMapping(path = "/layers/{version}/cells", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<List<CellResponse>> cells(@PathVariable String version,
                                          @RequestParam(required = false) String community) {
        return blocking(() -> {
            GridLayer layer = administration.layer(version);
            return cellsOf(layer, community).stream().map(cell -> CellResponse.of(cell, layer.version())).toList();
        });
    }

    @GetMapping(path = "/layers/{version}/cells.geojson", produces = GEO_JSON)
    public Mono<ObjectNode> cellsAsGeoJson(@PathVariable String version,
                                           @RequestParam(required = false) String community) {
        return blocking(() -> {
            GridLayer layer = administration.layer(version);
            return CellFeatures.write(layer.version(), cellsOf(layer, community));
        });
    }

    @PostMapping(path = "/layers", consumes = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<LayerHeader>> importLayer(@RequestParam String version,
                                                         @RequestParam LocalDate effectiveFrom,
                                                         @RequestParam(defaultValue = "false") boolean activate,
                                                         @RequestBody JsonNode featureCollection) {
        return Callers.current().flatMap(caller -> blocking(() -> {
            List<LayerProblem> readProblems = new ArrayList<>();
            List<CellDraft> drafts = CellFeatures.read(featureCollection, readProblems);
            LayerAreas.requireAll(caller, drafts.stream().map(CellDraft::code).toList());
            LayerHeader stored = administration.importLayer(version, effectiveFrom, drafts, readProblems, activate);
            return ResponseEntity.created(URI.create("/api/v1/layers/" + stored.version())).body(stored);
        }));
    }

    /** The checks an import goes through, run on a stored version: an empty list of problems is a sound layer. */
    @GetMapping(path = "/layers/{version}/check", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<LayerCheck> check(@PathVariable String version) {
        return blocking(() -> LayerCheck.of(version, administration.check(version)));
    }

    @PostMapping(path = "/layers/{version}/activate", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<LayerHeader> activate(@PathVariable String version) {
        return Callers.current().flatMap(caller -> blocking(() -> {
            LayerAreas.requireAll(caller, List.of(administration.layer(version).district().code()));
            return administration.activate(version);
        }));
    }

    @GetMapping(path = "/cells/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    public CellResponse cell(@PathVariable String code) {
        CurrentLayer layer = active.get();
        return layer.cell(code).map(cell -> CellResponse.of(cell, layer.version()))
                .orElseThrow(() -> new CellNotFoundException("No cell " + code + " in grid layer "
                        + layer.version() + "."));
    }

    @GetMapping(path = "/cells", produces = MediaType.APPLICATION_JSON_VALUE)
    public CellResponse cellAt(@RequestParam double lon, @RequestParam double lat,
                               @RequestParam(defaultValue = "GCJ02") Crs crs) {
        CurrentLayer layer = active.get();
        Coordinate point = crs == Crs.WGS84 ? Gcj02.fromWgs84(lon, lat) : new Coordinate(lon, lat);
        return layer.locate(point.x, point.y).map(cell -> CellResponse.of(cell, layer.version()))
                .orElseThrow(() -> new CellNotFoundException(String.format(Locale.ROOT,
                        "Point (%.6f, %.6f) %s is outside every cell of grid layer %s.", lon, lat, crs,
                        layer.version())));
    }

    /** The resident teams of the layer in force, each with the level-1 grid and the cells it is stationed in. */
    @GetMapping(path = "/teams", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<TeamResponse> teams() {
        Map<String, List<Cell>> cellsByTeam = active.get().layer().cells().stream()
                .collect(Collectors.groupingBy(Cell::teamId));
        return cellsByTeam.values().stream()
                .map(TeamResponse::of)
                .sorted(Comparator.comparing(TeamResponse::id))
                .toList();
    }

    private static List<Cell> cellsOf(GridLayer layer, String community) {
        return layer.cells().stream()
                .filter(cell -> community == null || cell.community().code().equals(community))
                .toList();
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }

    static final class CellNotFoundException extends RuntimeException {

        CellNotFoundException(String message) {
            super(message);
        }
    }

    /** A layer version in figures. */
    public record LayerSummary(String version, Unit district, int targetResidentsPerCell, int sequenceDigits,
                               int cells, long residents, long households, long streets, long communities) {

        static LayerSummary of(GridLayer layer) {
            return new LayerSummary(layer.version(), new Unit(layer.district().code(), layer.district().name()),
                    layer.settings().targetResidentsPerCell(), layer.settings().sequenceDigits(),
                    layer.cells().size(),
                    layer.cells().stream().mapToLong(Cell::residents).sum(),
                    layer.cells().stream().mapToLong(Cell::households).sum(),
                    layer.cells().stream().map(cell -> cell.street().code()).distinct().count(),
                    layer.cells().stream().map(cell -> cell.community().code()).distinct().count());
        }
    }

    /** A cell with its place in the hierarchy, its figures and its team. */
    public record CellResponse(String code, String layerVersion, Unit community, Unit street, Unit district,
                               int residents, int households, Team team, double[] representativePoint) {

        static CellResponse of(Cell cell, String layerVersion) {
            return new CellResponse(cell.code(), layerVersion,
                    new Unit(cell.community().code(), cell.community().name()),
                    new Unit(cell.street().code(), cell.street().name()),
                    new Unit(cell.district().code(), cell.district().name()),
                    cell.residents(), cell.households(), new Team(cell.teamId(), cell.teamName()),
                    new double[] {cell.representativePoint().getX(), cell.representativePoint().getY()});
        }
    }

    /** A resident team, its community and the cells it is stationed in. */
    public record TeamResponse(String id, String name, Unit community, Unit street, List<String> cells,
                               long residents) {

        static TeamResponse of(List<Cell> cells) {
            Cell first = cells.get(0);
            return new TeamResponse(first.teamId(), first.teamName(),
                    new Unit(first.community().code(), first.community().name()),
                    new Unit(first.street().code(), first.street().name()),
                    cells.stream().map(Cell::code).sorted().toList(),
                    cells.stream().mapToLong(Cell::residents).sum());
        }
    }

    /** The outcome of checking a stored layer. */
    public record LayerCheck(String version, boolean sound, List<LayerProblem> problems) {

        static LayerCheck of(String version, List<LayerProblem> problems) {
            return new LayerCheck(version, problems.isEmpty(), problems);
        }
    }

    public record Unit(String code, String name) {
    }

    public record Team(String id, String name) {
    }
}
