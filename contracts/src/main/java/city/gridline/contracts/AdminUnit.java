package city.gridline.contracts;

import java.util.Objects;

/** A level of the administrative hierarchy (district, street, community) by its statistical code and name. */
public record AdminUnit(String code, String name) {

    public AdminUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
