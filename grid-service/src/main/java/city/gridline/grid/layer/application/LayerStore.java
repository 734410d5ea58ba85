package city.gridline.grid.layer.application;

import city.gridline.grid.layer.domain.GridLayer;

import java.util.Optional;

/** Grid layers as stored: the current one is what reports are located against. */
public interface LayerStore {

    Optional<GridLayer> loadCurrent();

    /** Stores the layer with all its cells and makes it the current one. */
    void saveAsCurrent(GridLayer layer);
}
