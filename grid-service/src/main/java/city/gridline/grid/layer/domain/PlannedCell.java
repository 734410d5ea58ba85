package city.gridline.grid.layer.domain;

import java.util.Objects;

import org.locationtech.jts.geom.Polygon;

/** A cell as a rebalancing would leave it: its area and figures (its code is settled when the change is applied). */
public record PlannedCell(Polygon geometry, int residents, int households) {

    public PlannedCell {
        Objects.requireNonNull(geometry, "geometry");
    }
}
