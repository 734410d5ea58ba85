package city.gridline.dispatch.cases.domain;

/** The case is not in a state that allows the change (e.g. signing a case already closed). */
public class CaseRuleViolation extends RuntimeException {

    public CaseRuleViolation(String message) {
        super(message);
    }
}
