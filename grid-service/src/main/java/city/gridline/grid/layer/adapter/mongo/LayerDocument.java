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
 */
@Document(LayerDocument.COLLECTION)
record LayerDocument(@Id String version, String districtCode, String districtName, int targetResidentsPerCell,
                     double residentsPerHousehold, int sequenceDigits, Integer targetHouseholdsPerCell,
                     Double tolerance, int cellCount, Long residents, LocalDate effectiveFrom,
                     LayerHeader.Origin origin, boolean current, Instant storedAt) {

    static final String COLLECTION = "grid_layers";

    GridSettings settings() {
        return new GridSettings(targetResidentsPerCell, residentsPerHousehold, sequenceDigits, version,
                targetHouseholdsPerCell == null ? GridSettings.DEFAULT_TARGET_HOUSEHOLDS_PER_CELL
                        : targetHouseholdsPerCell,
                tolerance == null ? GridSettings.DEFAULT_TOLERANCE : tolerance);
    }

    LayerHeader toHeader() {
        return new LayerHeader(version, districtCode, districtName, cellCount, residents, effectiveFrom, origin,
                current, storedAt);
    }
}
