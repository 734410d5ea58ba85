package city.gridline.grid.layer.application;

public class UnknownChangeException extends RuntimeException {

    public UnknownChangeException(String version, Integer index, int changes) {
        super("The rebalancing proposal of layer " + version + " has changes 0 to " + (changes - 1) + ", not " + index
                + ".");
    }
}
