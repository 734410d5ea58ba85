package city.gridline.grid.layer.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A layer version produced by applying accepted changes, and where the changed cells went.
 *
 * @param successors for every code of the previous version that a change replaced, the codes of the cells
 *                   that change produced (a split cell: its parts; both cells of a merge: the merged cell; both
 *                   cells of a moved boundary: the two redrawn cells); codes not listed are unchanged
 */
public record RebalancedLayer(GridLayer layer, Map<String, List<String>> successors) {

    public RebalancedLayer {
        Objects.requireNonNull(layer, "layer");
        successors = Map.copyOf(successors);
    }
}
