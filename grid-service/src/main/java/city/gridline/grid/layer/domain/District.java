package city.gridline.grid.layer.domain;

import java.util.Objects;

/** A county-level district (区), identified by its 6-digit division code. */
public record District(String code, String name) {

    public District {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
