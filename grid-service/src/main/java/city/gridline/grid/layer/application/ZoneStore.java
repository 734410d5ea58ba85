package city.gridline.grid.layer.application;

import city.gridline.grid.layer.domain.SpecialZones;

import java.util.Optional;

/**
 * The district's special zones as imported: every import is kept as a whole set, the latest one is in force.
 * Used at start-up and by administration, never on the locate path, so its calls block.
 */
public interface ZoneStore {

    /** The zones of the latest import; empty when none was ever imported. */
    Optional<SpecialZones> loadCurrent();

    /** The id of the latest import's set, read without its zones; empty when none was ever imported. */
    Optional<String> currentSetId();

    /** Stores the zones as one set, in one write, which puts them in force from the next {@link #loadCurrent}. */
    void save(SpecialZones zones);
}
