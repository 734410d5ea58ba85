package city.gridline.contracts;

import java.util.Objects;

/** A unit grid cell by its code, with the community, street and district it belongs to. */
public record CellRef(String code, AdminUnit community, AdminUnit street, AdminUnit district) {

    public CellRef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(district, "district");
    }
}
