package city.gridline.bench;

import java.util.Optional;

import city.gridline.grid.layer.domain.Cell;
import city.gridline.grid.layer.domain.CellIndex;

/**
 * The grid service's {@link CellIndex}, as it is built and asked in the service: one point at a time
 * ({@code locate}), or, {@link #batched}, a batch of points at a time ({@code locateAll}).
 */
final class CellIndexLocator implements PointLocator {

    private final CellIndex index;
    private final boolean batched;

    private CellIndexLocator(CellIndex index, boolean batched) {
        this.index = index;
        this.batched = batched;
    }

    static CellIndexLocator single(CellIndex index) {
        return new CellIndexLocator(index, false);
    }

    static CellIndexLocator batched(CellIndex index) {
        return new CellIndexLocator(index, true);
    }

    @Override
    public Optional<Cell> locate(double lon, double lat) {
        return index.locate(lon, lat);
    }

    @Override
    public void locateAll(double[] lon, double[] lat, int from, int to, Cell[] out) {
        if (batched) {
            index.locateAll(lon, lat, from, to, out);
        } else {
            PointLocator.super.locateAll(lon, lat, from, to, out);
        }
    }
}
