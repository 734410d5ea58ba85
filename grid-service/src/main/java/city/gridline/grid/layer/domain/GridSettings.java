package city.gridline.grid.layer.domain;

import java.util.Objects;

/**
 * How a grid layer is generated.
 *
 * @param targetResidentsPerCell residents a unit grid cell should hold (about 1,000 households)
 * @param residentsPerHousehold  average household size, to derive households from residents
 * @param sequenceDigits         digits of the cell sequence appended to the 12-digit community code:
 *                               2 (GB/T 30428, 14-digit codes) or 3 (Beijing DB11/T 2157-2023, 15 digits)
 * @param version                version label of the generated layer
 */
public record GridSettings(int targetResidentsPerCell, double residentsPerHousehold, int sequenceDigits,
                           String version) {

    public static final int DEFAULT_TARGET_RESIDENTS_PER_CELL = 3_000;
    public static final double DEFAULT_RESIDENTS_PER_HOUSEHOLD = 3.0;
    public static final int DEFAULT_SEQUENCE_DIGITS = 3;

    public GridSettings {
        if (targetResidentsPerCell <= 0) {
            throw new IllegalArgumentException("targetResidentsPerCell must be positive: " + targetResidentsPerCell);
        }
        if (!(residentsPerHousehold > 0)) {
            throw new IllegalArgumentException("residentsPerHousehold must be positive: " + residentsPerHousehold);
        }
        if (sequenceDigits != 2 && sequenceDigits != 3) {
            throw new IllegalArgumentException("sequenceDigits must be 2 or 3: " + sequenceDigits);
        }
        Objects.requireNonNull(version, "version");
    }

    public static GridSettings defaults(String version) {
        return new GridSettings(DEFAULT_TARGET_RESIDENTS_PER_CELL, DEFAULT_RESIDENTS_PER_HOUSEHOLD,
                DEFAULT_SEQUENCE_DIGITS, version);
    }

    /** The largest sequence number a community's cells can have. */
    int maxSequence() {
        return sequenceDigits == 2 ? 99 : 999;
    }
}
