package city.gridline.intake.report.application;

/** One field of a submission is invalid for a reason only the application can tell (not a bean constraint). */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
