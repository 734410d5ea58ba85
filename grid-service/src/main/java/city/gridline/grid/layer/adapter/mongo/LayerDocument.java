package city.gridline.grid.layer.adapter.mongo;

import city.gridline.grid.layer.application.LayerHeader;
import city.gridline.grid.layer.domain.GridSettings;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A grid layer version's header in grid's {@code grid_layers} collection; its cells are in {@code grid_cells}.
 * Fields added after the first release are nullable: headers stored before them read back with the defaults.
 * {@code saveId} names the cells that belong to the version (null for versions stored before it: their cells have
 * none); {@code currentSince} orders activations, so that all instances agree on the latest.
 */
@Document(LayerDocument.COLLECTION)
record LayerDocument(@Id String version, String districtCode, String districtName, int targetResidentsPerCell,
                     double residentsPerHousehold, int sequenceDigits, Integer targetHouseholdsPerCell,
                     Double tolerance, int cellCount, Long residents, LocalDate effectiveFrom,
                     LayerHeader.Origin origin, boolean current, Instant storedAt, String saveId,
                     Instant currentSince) {

    static final String COLLECTION = "grid_layers";

    GridSettings settings() {
        return new GridSettings(targetResidentsPerCell, residentsPerHousehold, sequenceDigits, version,
                targetHouseholdsPerCell == null ? GridSettings.DEFAULT_TARGET_HOUSEHOLDS_PER_CELL
                        : targetHouseholdsPerCell,
                tolerance == null ? GridSettings.DEFAULT_TOLERANCE : tolerance);
    }

    /** @param inForce whether this is the version flagged current last (see {@link MongoLayerStore#markCurrent}) */
    LayerHeader toHeader(boolean inForce) {
        return new LayerHeader(version, districtCode, districtName, cellCount, residents, effectiveFrom, origin,
                inForce, storedAt);
    }
}
