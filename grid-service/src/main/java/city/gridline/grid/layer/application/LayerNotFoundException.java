package city.gridline.grid.layer.application;

public class LayerNotFoundException extends RuntimeException {

    public LayerNotFoundException(String version) {
        super("No grid layer version " + version + ".");
    }
}
