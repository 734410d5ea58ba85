package city.gridline.grid.layer.application;

import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.CellIndex;
import city.gridline.grid.layer.domain.GridLayer;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The grid layer in force, with its in-memory spatial index and its cells by code. */
public final class CurrentLayer {

    private final GridLayer layer;
    private final CellIndex index;
    private final Map<String, Cell> cellsByCode;

    public CurrentLayer(GridLayer layer) {
        this.layer = layer;
        this.index = new CellIndex(layer.cells());
        this.cellsByCode = layer.cells().stream().collect(Collectors.toUnmodifiableMap(Cell::code, Function.identity()));
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
}
