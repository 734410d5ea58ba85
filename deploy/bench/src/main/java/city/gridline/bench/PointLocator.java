package city.gridline.bench;

import java.util.Optional;

import city.gridline.grid.layer.domain.Cell;

/** An in-memory point-in-cell engine under measurement. */
interface PointLocator {

    Optional<Cell> locate(double lon, double lat);
}
