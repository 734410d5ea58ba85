package city.gridline.contracts;

import java.util.Objects;

/** A special zone (特殊地区) by its code and name, with the special-area team that enforces in it. */
public record ZoneRef(String code, String name, TeamRef team) {

    public ZoneRef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(team, "team");
    }
}
