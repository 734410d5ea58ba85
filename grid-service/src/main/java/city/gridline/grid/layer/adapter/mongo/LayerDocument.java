package city.gridline.grid.layer.adapter.mongo;

import city.gridline.grid.layer.application.LayerHeader;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/** A grid layer version's header in grid's {@code grid_layers} collection; its cells are in {@code grid_cells}. */
@Document(LayerDocument.COLLECTION)
record LayerDocument(@Id String version, String districtCode, String districtName, int targetResidentsPerCell,
                     double residentsPerHousehold, int sequenceDigits, int targetHouseholdsPerCell, double tolerance,
                     int cellCount, long residents, LocalDate effectiveFrom, LayerHeader.Origin origin,
                     boolean current, Instant storedAt) {

    static final String COLLECTION = "grid_layers";

    LayerHeader toHeader() {
        return new LayerHeader(version, districtCode, districtName, cellCount, residents, effectiveFrom, origin,
                current, storedAt);
    }
}
