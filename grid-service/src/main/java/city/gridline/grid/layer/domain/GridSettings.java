package city.gridline.grid.layer.domain;

import java.util.Objects;

/**
 * How a grid layer is generated and what size its cells should keep.
 *
 * <p>The policy sizes a unit grid cell at "1,000 households / 3,000 residents" and asks for cells to be
 * adjusted when they drift from it; no standard fixes these figures, so both targets and the accepted drift
 * are settings rather than constants.
 *
 * @param targetResidentsPerCell  residents a unit grid cell should hold
 * @param residentsPerHousehold   average household size, to derive households from residents
 * @param sequenceDigits          digits of the cell sequence appended to the 12-digit community code:
 *                                2 (GB/T 30428, 14-digit codes) or 3 (Beijing DB11/T 2157-2023, 15 digits)
 * @param version                 version label of the layer
 * @param targetHouseholdsPerCell households a unit grid cell should hold
 * @param tolerance               accepted relative drift from either target, e.g. 0.3 for ±30 %; a cell
 *                                beyond it is reported by {@link LayerHealth} and handled by
 *                                {@link RebalancingPlanner}
 */
public record GridSettings(int targetResidentsPerCell, double residentsPerHousehold, int sequenceDigits,
                           String version, int targetHouseholdsPerCell, double tolerance) {

    public static final int DEFAULT_TARGET_RESIDENTS_PER_CELL = 3_000;
    public static final double DEFAULT_RESIDENTS_PER_HOUSEHOLD = 3.0;
    public static final int DEFAULT_SEQUENCE_DIGITS = 3;
    public static final int DEFAULT_TARGET_HOUSEHOLDS_PER_CELL = 1_000;
    public static final double DEFAULT_TOLERANCE = 0.3;

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
        if (targetHouseholdsPerCell <= 0) {
            throw new IllegalArgumentException("targetHouseholdsPerCell must be positive: " + targetHouseholdsPerCell);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must lie between 0 and 1 (exclusive): " + tolerance);
        }
    }

    /** Settings with the default household target and tolerance. */
    public GridSettings(int targetResidentsPerCell, double residentsPerHousehold, int sequenceDigits,
                        String version) {
        this(targetResidentsPerCell, residentsPerHousehold, sequenceDigits, version,
                DEFAULT_TARGET_HOUSEHOLDS_PER_CELL, DEFAULT_TOLERANCE);
    }

    public static GridSettings defaults(String version) {
        return new GridSettings(DEFAULT_TARGET_RESIDENTS_PER_CELL, DEFAULT_RESIDENTS_PER_HOUSEHOLD,
                DEFAULT_SEQUENCE_DIGITS, version);
    }

    /** The same settings under another layer version, for a layer derived from this one. */
    public GridSettings withVersion(String newVersion) {
        return new GridSettings(targetResidentsPerCell, residentsPerHousehold, sequenceDigits, newVersion,
                targetHouseholdsPerCell, tolerance);
    }

    /** The largest sequence number a community's cells can have. */
    int maxSequence() {
        return sequenceDigits == 2 ? 99 : 999;
    }
}
