package city.gridline.dispatch.cases.domain;

/** The actor's role or team does not allow the change, whatever the case's state. */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
