package city.gridline.grid.location.application;

/** Placing a report whose community awaits confirmation, or confirming a report that has no placement. */
public class WrongTriageActionException extends RuntimeException {

    public WrongTriageActionException(String message) {
        super(message);
    }
}
