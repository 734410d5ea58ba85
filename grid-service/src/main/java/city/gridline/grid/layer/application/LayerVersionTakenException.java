package city.gridline.grid.layer.application;

public class LayerVersionTakenException extends RuntimeException {

    public LayerVersionTakenException(String version) {
        super("Grid layer version " + version + " exists already; versions are never overwritten.");
    }
}
