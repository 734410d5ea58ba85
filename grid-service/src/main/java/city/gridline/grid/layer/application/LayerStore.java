package city.gridline.grid.layer.application;

import city.gridline.grid.layer.domain.GridLayer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Grid layer versions as stored; the current one is what reports are located against. Used at start-up and by
 * administration, never on the locate path, so its calls block.
 */
public interface LayerStore {

    Optional<GridLayer> loadCurrent();

    /** The version marked current, read without its cells. */
    Optional<String> currentVersion();

    Optional<GridLayer> load(String version);

    boolean exists(String version);

    List<LayerHeader> headers();

    /**
     * Stores a new version with all its cells; it is not in force until {@link #markCurrent}.
     *
     * @throws LayerVersionTakenException when the version is stored already, also by a save that ran at the same time
     */
    void save(GridLayer layer, LocalDate effectiveFrom, LayerHeader.Origin origin);

    void markCurrent(String version);
}
