package city.gridline.grid.location.application;

/** A person placed a report at a point that lies in no cell of the layer in force. */
public class PointOutsideLayerException extends RuntimeException {

    public PointOutsideLayerException(String message) {
        super(message);
    }
}
