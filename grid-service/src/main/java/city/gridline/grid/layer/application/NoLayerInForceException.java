package city.gridline.grid.layer.application;

/** Asked for the layer in force where none is: a new installation whose first layer has not been activated yet. */
public class NoLayerInForceException extends RuntimeException {

    public NoLayerInForceException() {
        super("No grid layer is in force: import one with activate=true (POST /api/v1/layers), or activate a stored "
                + "version (POST /api/v1/layers/{version}/activate).");
    }
}
