package city.gridline.grid.layer.adapter.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A grid layer's header in grid's {@code grid_layers} collection; its cells are in {@code grid_cells}. */
@Document(LayerDocument.COLLECTION)
record LayerDocument(@Id String version, String districtCode, String districtName, int targetResidentsPerCell,
                     double residentsPerHousehold, int sequenceDigits, int cellCount, boolean current,
                     Instant storedAt) {

    static final String COLLECTION = "grid_layers";
}
