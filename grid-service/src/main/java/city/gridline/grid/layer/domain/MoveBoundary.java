package city.gridline.grid.layer.domain;

import java.util.List;
import java.util.Objects;

/**
 * Moves the boundary between two edge neighbours of one community so that they hold about the same number of
 * residents: used where merging would give a cell too large, or splitting cells too small. Both keep their codes.
 *
 * @param result the new shape of the first cell, then of the second
 */
public record MoveBoundary(String firstCode, String secondCode, List<PlannedCell> result, String explanation)
        implements Rebalancing {

    public MoveBoundary {
        Objects.requireNonNull(firstCode, "firstCode");
        Objects.requireNonNull(secondCode, "secondCode");
        Objects.requireNonNull(explanation, "explanation");
        result = List.copyOf(result);
        if (result.size() != 2) {
            throw new IllegalArgumentException("moving a boundary gives 2 cells, not " + result.size());
        }
    }

    @Override
    public Kind kind() {
        return Kind.MOVE_BOUNDARY;
    }

    @Override
    public List<String> cellCodes() {
        return List.of(firstCode, secondCode);
    }
}
