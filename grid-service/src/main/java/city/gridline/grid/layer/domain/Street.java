package city.gridline.grid.layer.domain;

import java.util.Objects;

/** A street or area (街道 / 地区) of a district, identified by its 9-digit division code. */
public record Street(String code, String name) {

    public Street {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
