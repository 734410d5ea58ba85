package city.gridline.grid.layer.domain;

import java.util.List;
import java.util.Objects;

/**
 * What {@link RebalancingPlanner} proposes for a layer: changes that touch disjoint sets of cells (so any
 * subset may be accepted), and the drifting cells it could not help.
 */
public record RebalancingProposal(String layerVersion, LayerHealth health, List<Rebalancing> changes,
                                  List<UnresolvedDrift> unresolved) {

    public RebalancingProposal {
        Objects.requireNonNull(layerVersion, "layerVersion");
        Objects.requireNonNull(health, "health");
        changes = List.copyOf(changes);
        unresolved = List.copyOf(unresolved);
    }
}
