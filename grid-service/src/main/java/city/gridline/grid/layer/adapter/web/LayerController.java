package city.gridline.grid.layer.adapter.web;

import city.gridline.contracts.Crs;
import city.gridline.grid.layer.application.CurrentLayer;
import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.Gcj02;
import city.gridline.grid.layer.domain.GridLayer;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Locale;

/** Read access to the grid layer in force: its summary, a cell by code, the cell at a point. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class LayerController {

    private final CurrentLayer layer;

    public LayerController(CurrentLayer layer) {
        this.layer = layer;
    }

    @GetMapping("/layers/current")
    public LayerSummary current() {
        return LayerSummary.of(layer.layer());
    }

    @GetMapping("/cells/{code}")
    public CellResponse cell(@PathVariable String code) {
        return layer.cell(code).map(cell -> CellResponse.of(cell, layer.version()))
                .orElseThrow(() -> new CellNotFoundException("No cell " + code + " in grid layer "
                        + layer.version() + "."));
    }

    @GetMapping("/cells")
    public CellResponse cellAt(@RequestParam double lon, @RequestParam double lat,
                               @RequestParam(defaultValue = "GCJ02") Crs crs) {
        Coordinate point = crs == Crs.WGS84 ? Gcj02.fromWgs84(lon, lat) : new Coordinate(lon, lat);
        return layer.locate(point.x, point.y).map(cell -> CellResponse.of(cell, layer.version()))
                .orElseThrow(() -> new CellNotFoundException(String.format(Locale.ROOT,
                        "Point (%.6f, %.6f) %s is outside every cell of grid layer %s.", lon, lat, crs,
                        layer.version())));
    }

    @ExceptionHandler
    ProblemDetail notFound(CellNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setType(URI.create("https://gridline.city/problems/cell-not-found"));
        problem.setTitle("No such cell");
        return problem;
    }

    static final class CellNotFoundException extends RuntimeException {

        CellNotFoundException(String message) {
            super(message);
        }
    }

    /** The body of {@code GET /api/v1/layers/current}. */
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

    /** The body of a cell look-up. */
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

    public record Unit(String code, String name) {
    }

    public record Team(String id, String name) {
    }
}
