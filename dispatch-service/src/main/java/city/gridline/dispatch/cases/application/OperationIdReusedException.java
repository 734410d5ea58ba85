package city.gridline.dispatch.cases.application;

/**
 * A client operation id the case has taken already, sent again with another change (another action or body): a
 * replay would answer a change that was never made, so it is refused (409) and nothing changes.
 */
public class OperationIdReusedException extends RuntimeException {

    public OperationIdReusedException(String caseNumber, String operationId) {
        super("case " + caseNumber + " has taken operation " + operationId + " already, for another change: send"
                + " a new change under a new clientOperationId");
    }
}
