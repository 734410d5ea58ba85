package city.gridline.grid.layer.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What is kept about a layer version besides its cells: where it came from, when it applies, whether it is in force.
 * Residents, effective date and origin are null for versions stored before they were recorded.
 */
public record LayerHeader(String version, String districtCode, String districtName, int cellCount, Long residents,
                          LocalDate effectiveFrom, Origin origin, boolean current, Instant storedAt) {

    public enum Origin {
        GENERATED,
        IMPORTED,
        REBALANCED
    }
}
