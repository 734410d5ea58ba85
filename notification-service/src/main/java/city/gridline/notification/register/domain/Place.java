package city.gridline.notification.register.domain;

import city.gridline.contracts.AdminUnit;
import city.gridline.contracts.CellRef;

import java.util.Objects;

/** Where a case lies: its unit cell and the community, street and district of the cell. */
public record Place(String cellCode, AdminUnit community, AdminUnit street, AdminUnit district) {

    public Place {
        Objects.requireNonNull(cellCode, "cellCode");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(district, "district");
    }

    public static Place of(CellRef cell) {
        return new Place(cell.code(), cell.community(), cell.street(), cell.district());
    }
}
