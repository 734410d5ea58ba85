package city.gridline.bench;

import java.util.Optional;

import city.gridline.grid.layer.domain.Cell;

/** An in-memory point-in-cell engine under measurement. */
interface PointLocator {

    Optional<Cell> locate(double lon, double lat);

    /**
     * The answers for the points {@code from} (inclusive) to {@code to} (exclusive), in {@code out[i]} (null for
     * none): how the measurement asks, a batch at a time. One {@link #locate} after the other unless the engine
     * has a batch look-up.
     */
    default void locateAll(double[] lon, double[] lat, int from, int to, Cell[] out) {
        for (int i = from; i < to; i++) {
            out[i] = locate(lon[i], lat[i]).orElse(null);
        }
    }
}
