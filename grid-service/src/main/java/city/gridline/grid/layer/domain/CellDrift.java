package city.gridline.grid.layer.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cell whose residents or households (or both) lie beyond tolerance of their targets.
 *
 * @param drifts the measures beyond tolerance, residents first; never empty
 */
public record CellDrift(Cell cell, List<Drift> drifts) {

    public CellDrift {
        Objects.requireNonNull(cell, "cell");
        drifts = List.copyOf(drifts);
        if (drifts.isEmpty()) {
            throw new IllegalArgumentException("a drifting cell needs at least one drift");
        }
    }

    /** The direction all its drifts share; empty if one measure is too large and the other too small. */
    public Optional<DriftDirection> direction() {
        DriftDirection first = drifts.get(0).direction();
        return drifts.stream().allMatch(drift -> drift.direction() == first) ? Optional.of(first) : Optional.empty();
    }

    /** The largest relative drift, as an absolute value. */
    public double worst() {
        return drifts.stream().mapToDouble(drift -> Math.abs(drift.relative())).max().orElseThrow();
    }
}
