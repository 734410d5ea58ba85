package city.gridline.dispatch.cases.application;

public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String caseNumber) {
        super("No case " + caseNumber + ".");
    }
}
