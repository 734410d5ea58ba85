package city.gridline.grid.layer.domain;

import java.util.Objects;

/** A community or village (社区居委会 / 村委会), identified by its 12-digit division code, within a street. */
public record Community(String code, String name, String streetCode) {

    public Community {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(streetCode, "streetCode");
    }
}
