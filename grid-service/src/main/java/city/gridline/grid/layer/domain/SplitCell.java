package city.gridline.grid.layer.domain;

import java.util.List;
import java.util.Objects;

/**
 * Splits a too-large cell by straight cuts across its longer axis into {@code result().size()} cells of equal
 * area. The cell's code is retired; the parts get the next free sequence numbers of its community.
 */
public record SplitCell(String cellCode, List<PlannedCell> result, String explanation) implements Rebalancing {

    public SplitCell {
        Objects.requireNonNull(cellCode, "cellCode");
        Objects.requireNonNull(explanation, "explanation");
        result = List.copyOf(result);
        if (result.size() < 2) {
            throw new IllegalArgumentException("a split gives at least 2 cells");
        }
    }

    @Override
    public Kind kind() {
        return Kind.SPLIT;
    }

    @Override
    public List<String> cellCodes() {
        return List.of(cellCode);
    }
}
