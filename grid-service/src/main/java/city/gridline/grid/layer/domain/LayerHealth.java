package city.gridline.grid.layer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The health check of a layer: every cell whose residents or households drift beyond the layer's tolerance from
 * its targets ("grids adjusted when they drift from 1,000 households / 3,000 residents").
 *
 * @param driftingCells in code order
 */
public record LayerHealth(String layerVersion, SizeTargets targets, int cellCount, List<CellDrift> driftingCells) {

    public LayerHealth {
        Objects.requireNonNull(layerVersion, "layerVersion");
        Objects.requireNonNull(targets, "targets");
        driftingCells = List.copyOf(driftingCells);
    }

    public static LayerHealth check(GridLayer layer) {
        SizeTargets targets = SizeTargets.of(layer.settings());
        List<CellDrift> drifting = new ArrayList<>();
        for (Cell cell : layer.cells()) {
            List<Drift> beyond = new ArrayList<>(2);
            for (Drift drift : List.of(targets.drift(SizeMeasure.RESIDENTS, cell.residents()),
                    targets.drift(SizeMeasure.HOUSEHOLDS, cell.households()))) {
                if (targets.beyondTolerance(drift)) {
                    beyond.add(drift);
                }
            }
            if (!beyond.isEmpty()) {
                drifting.add(new CellDrift(cell, beyond));
            }
        }
        return new LayerHealth(layer.version(), targets, layer.cells().size(), drifting);
    }

    public boolean healthy() {
        return driftingCells.isEmpty();
    }

    /** Drifting cells whose drifts all go this way. */
    public long count(DriftDirection direction) {
        return driftingCells.stream().filter(drift -> drift.direction().equals(Optional.of(direction))).count();
    }

    public Optional<CellDrift> driftOf(String cellCode) {
        return driftingCells.stream().filter(drift -> drift.cell().code().equals(cellCode)).findFirst();
    }
}
