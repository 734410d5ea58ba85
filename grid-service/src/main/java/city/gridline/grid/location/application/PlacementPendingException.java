package city.gridline.grid.location.application;

/** Placing a report at another point than the placement recorded for it and not yet announced. */
public class PlacementPendingException extends RuntimeException {

    public PlacementPendingException(String message) {
        super(message);
    }
}
