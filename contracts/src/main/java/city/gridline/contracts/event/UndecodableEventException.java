package city.gridline.contracts.event;

/** A payload that is not a Gridline event this code understands: a poison message for a dead-letter topic. */
public class UndecodableEventException extends RuntimeException {

    public UndecodableEventException(String message) {
        super(message);
    }

    public UndecodableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
