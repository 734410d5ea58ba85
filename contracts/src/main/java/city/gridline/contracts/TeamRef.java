package city.gridline.contracts;

import java.util.Objects;

/** An enforcement team by its id and display name. */
public record TeamRef(String id, String name) {

    public TeamRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
