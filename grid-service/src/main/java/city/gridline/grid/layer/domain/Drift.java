package city.gridline.grid.layer.domain;

import java.util.Objects;

/**
 * How far one measure of a cell lies from its target.
 *
 * @param relative (actual − target) / target: +0.42 is 42 % above the target
 */
public record Drift(SizeMeasure measure, int actual, int target, double relative) {

    public Drift {
        Objects.requireNonNull(measure, "measure");
    }

    static Drift of(SizeMeasure measure, int actual, int target) {
        return new Drift(measure, actual, target, (double) (actual - target) / target);
    }

    public DriftDirection direction() {
        return actual > target ? DriftDirection.TOO_LARGE : DriftDirection.TOO_SMALL;
    }
}
