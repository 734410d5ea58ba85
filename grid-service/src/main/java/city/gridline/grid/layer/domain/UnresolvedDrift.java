package city.gridline.grid.layer.domain;

import java.util.Objects;

/** A drifting cell for which no change within its community helps, and why: left to the administrator. */
public record UnresolvedDrift(CellDrift drift, String reason) {

    public UnresolvedDrift {
        Objects.requireNonNull(drift, "drift");
        Objects.requireNonNull(reason, "reason");
    }
}
