package city.gridline.grid.layer.application;

import java.time.Instant;
import java.time.LocalDate;

/** What is kept about a layer version besides its cells: where it came from, when it applies, whether it is in force. */
public record LayerHeader(String version, String districtCode, String districtName, int cellCount, long residents,
                          LocalDate effectiveFrom, Origin origin, boolean current, Instant storedAt) {

    public enum Origin {
        GENERATED,
        IMPORTED,
        REBALANCED
    }
}
