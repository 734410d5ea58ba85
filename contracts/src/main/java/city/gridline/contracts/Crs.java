package city.gridline.contracts;

/**
 * Coordinate reference system of a point: WGS-84 as a device GPS reports it, or GCJ-02 as Chinese web maps
 * (and the district outlines Gridline's grids are built from) use it.
 */
public enum Crs {
    WGS84,
    GCJ02
}
