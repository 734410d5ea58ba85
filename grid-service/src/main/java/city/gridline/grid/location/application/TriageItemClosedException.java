package city.gridline.grid.location.application;

/** The item was placed or confirmed already: nothing more to do about it here. */
public class TriageItemClosedException extends RuntimeException {

    public TriageItemClosedException(String message) {
        super(message);
    }
}
