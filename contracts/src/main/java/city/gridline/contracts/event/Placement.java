package city.gridline.contracts.event;

/** How a report was placed in the grid. */
public enum Placement {
    /** From its coordinates: the point lies in the cell. */
    POINT,
    /**
     * From its address only, matched to a community by name: the cell is the community's level-1 grid and the
     * placement must be confirmed by a person.
     */
    ADDRESS_COMMUNITY
}
