package city.gridline.grid.layer.application;

import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.CellIndex;
import city.gridline.grid.layer.domain.GridLayer;
import city.gridline.grid.layer.domain.SpecialZones;
import city.gridline.grid.location.domain.BoundaryProximity;
import city.gridline.grid.location.domain.Gazetteer;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A grid layer made ready to locate reports in: its spatial index, its cells by code, its street outlines for
 * boundary checks, its gazetteer of community and street names and the district's special zones. Built once per layer, then read-only.
 */
public final class CurrentLayer {

    private final GridLayer layer;
    private final CellIndex index;
    private final Map<String, Cell> cellsByCode;
    private final BoundaryProximity boundaries;
    private final Gazetteer gazetteer;
    private final SpecialZones zones;

    public CurrentLayer(GridLayer layer, SpecialZones zones, double boundaryDistanceMetres) {
        this.layer = layer;
        this.index = new CellIndex(layer.cells());
        this.cellsByCode = layer.cells().stream().collect(Collectors.toUnmodifiableMap(Cell::code, Function.identity()));
        this.boundaries = new BoundaryProximity(layer.cells(), boundaryDistanceMetres);
        this.gazetteer = new Gazetteer(layer.cells());
        this.zones = zones;
    }

    private CurrentLayer(CurrentLayer layer, SpecialZones zones) {
        this.layer = layer.layer;
        this.index = layer.index;
        this.cellsByCode = layer.cellsByCode;
        this.boundaries = layer.boundaries;
        this.gazetteer = layer.gazetteer;
        this.zones = zones;
    }

    /** The same layer, ready as it is, with other special zones. */
    public CurrentLayer withZones(SpecialZones zones) {
        return new CurrentLayer(this, zones);
    }

    public GridLayer layer() {
        return layer;
    }

    public String version() {
        return layer.version();
    }

    /** The cell holding a point given in the layer's coordinate system (GCJ-02). */
    public Optional<Cell> locate(double lon, double lat) {
        return index.locate(lon, lat);
    }

    public Optional<Cell> cell(String code) {
        return Optional.ofNullable(cellsByCode.get(code));
    }

    public BoundaryProximity boundaries() {
        return boundaries;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The district's special zones, whose special-area teams take the reports made inside them. */
    public SpecialZones zones() {
        return zones;
    }
}
