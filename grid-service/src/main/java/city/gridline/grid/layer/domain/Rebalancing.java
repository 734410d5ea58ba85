package city.gridline.grid.layer.domain;

import java.util.List;

/**
 * One proposed change to a layer's cells, always within one community, with the reason for it and what it would
 * give. An administrator accepts or rejects each; {@link LayerRebalancer} applies the accepted ones.
 */
public sealed interface Rebalancing permits SplitCell, MergeCells, MoveBoundary {

    enum Kind { SPLIT, MERGE, MOVE_BOUNDARY }

    Kind kind();

    /** The codes of the cells the change replaces. */
    List<String> cellCodes();

    /** The cells the change would give, with their areas and figures. */
    List<PlannedCell> result();

    /** Why the change is proposed and what it gives, in a sentence or two for the administrator. */
    String explanation();
}
