package city.gridline.dispatch.cases.application;

import java.util.Collection;

/** The change names evidence that was never uploaded for this case. */
public class UnknownEvidenceException extends RuntimeException {

    public UnknownEvidenceException(String caseNumber, Collection<String> ids) {
        super("case " + caseNumber + " has no evidence " + String.join(", ", ids));
    }
}
