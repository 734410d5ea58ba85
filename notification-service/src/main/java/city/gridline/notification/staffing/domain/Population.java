package city.gridline.notification.staffing.domain;

import java.util.Objects;

/** An area's totals in the grid layer in force: a district or a street. */
public record Population(String code, String name, long households, long residents, int cells) {

    public Population {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
