package city.gridline.dispatch.cases.domain;

/**
 * The change is possible in the case's state, but what it carries is not acceptable: a check-in too far from the
 * case, a device time out of bounds, a result without an after photo (422, where a state conflict is 409).
 */
public class InvalidCaseInput extends RuntimeException {

    public InvalidCaseInput(String message) {
        super(message);
    }
}
