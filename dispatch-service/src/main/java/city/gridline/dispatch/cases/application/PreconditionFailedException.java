package city.gridline.dispatch.cases.application;

/** The client changed a case on the strength of a version that is no longer current (412). */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
