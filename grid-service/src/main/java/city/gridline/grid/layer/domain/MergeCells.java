package city.gridline.grid.layer.domain;

import java.util.List;
import java.util.Objects;

/** Merges a too-small cell with an edge neighbour of its community; the merged cell keeps the smaller code. */
public record MergeCells(String keptCode, String mergedCode, PlannedCell merged, String explanation)
        implements Rebalancing {

    public MergeCells {
        Objects.requireNonNull(keptCode, "keptCode");
        Objects.requireNonNull(mergedCode, "mergedCode");
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(explanation, "explanation");
        if (keptCode.compareTo(mergedCode) >= 0) {
            throw new IllegalArgumentException("the merged cell keeps the smaller code: " + keptCode + " is not below "
                    + mergedCode);
        }
    }

    @Override
    public Kind kind() {
        return Kind.MERGE;
    }

    @Override
    public List<String> cellCodes() {
        return List.of(keptCode, mergedCode);
    }

    @Override
    public List<PlannedCell> result() {
        return List.of(merged);
    }
}
