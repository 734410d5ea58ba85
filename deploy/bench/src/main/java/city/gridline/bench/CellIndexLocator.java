package city.gridline.bench;

import java.util.List;
import java.util.Optional;

import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.CellIndex;

/** The grid service's {@link CellIndex}, as it is built and asked in the service. */
final class CellIndexLocator implements PointLocator {

    private final CellIndex index;

    CellIndexLocator(List<Cell> cells) {
        this.index = new CellIndex(cells);
    }

    @Override
    public Optional<Cell> locate(double lon, double lat) {
        return index.locate(lon, lat);
    }
}
