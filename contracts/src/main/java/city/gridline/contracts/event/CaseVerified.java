package city.gridline.contracts.event;

import city.gridline.contracts.EvidenceRef;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code gridline.case.verified.v1}: a supervisor checked the result on site (核查); when it did not pass, the case
 * goes back to the team for rework (返工).
 */
public record CaseVerified(String caseNumber, String reportId, boolean passed, String notes,
                           List<EvidenceRef> evidence, String actor, Instant verifiedAt) implements CaseEvent {

    public CaseVerified {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
