package city.gridline.grid.layer.domain;

import java.util.List;
import java.util.Objects;

/** A generated grid layer of one district; cells are ordered by code. */
public record GridLayer(String version, GridSettings settings, District district, List<Cell> cells) {

    public GridLayer {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(district, "district");
        cells = List.copyOf(cells);
    }
}
