package city.gridline.grid.layer.domain;

/**
 * The size a cell should keep: target residents and households, and the relative drift from either that is
 * still accepted.
 */
public record SizeTargets(int residents, int households, double tolerance) {

    /** Absorbs rounding in tolerance × target, so a cell exactly at the limit counts as within it. */
    private static final double LIMIT_SLACK = 1e-9;

    public static SizeTargets of(GridSettings settings) {
        return new SizeTargets(settings.targetResidentsPerCell(), settings.targetHouseholdsPerCell(),
                settings.tolerance());
    }

    public Drift drift(SizeMeasure measure, int actual) {
        return measure == SizeMeasure.RESIDENTS
                ? Drift.of(measure, actual, residents)
                : Drift.of(measure, actual, households);
    }

    public boolean beyondTolerance(Drift drift) {
        return Math.abs(drift.actual() - drift.target()) > tolerance * drift.target() + LIMIT_SLACK;
    }

    /** Whether a cell of this many residents and households lies within tolerance of both targets. */
    public boolean fits(int cellResidents, int cellHouseholds) {
        return !beyondTolerance(drift(SizeMeasure.RESIDENTS, cellResidents))
                && !beyondTolerance(drift(SizeMeasure.HOUSEHOLDS, cellHouseholds));
    }

    /** The larger of the two relative drifts, as an absolute value: how far off a cell of this size is. */
    public double worstDrift(int cellResidents, int cellHouseholds) {
        return Math.max(Math.abs(drift(SizeMeasure.RESIDENTS, cellResidents).relative()),
                Math.abs(drift(SizeMeasure.HOUSEHOLDS, cellHouseholds).relative()));
    }
}
