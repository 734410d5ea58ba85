package city.gridline.contracts.event;

/** Why a report could not be placed in a cell. New reasons may be added within a version. */
public enum UnlocatableReason {
    /** The point lies outside every cell of the current grid layer. */
    OUTSIDE_SERVICE_AREA,
    /** The report has an address but no coordinates, and the address could not be placed. */
    ADDRESS_NOT_RESOLVED,
    /** No grid layer is in force yet (a new installation before its first layer is imported and activated). */
    NO_LAYER_IN_FORCE
}
