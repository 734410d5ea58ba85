package city.gridline.contracts.event;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code gridline.case.merged.v1}: the case duplicates another and was merged into it; its reporters follow that
 * case.
 */
public record CaseMerged(String caseNumber, String reportId, String intoCaseNumber, String reason, String actor,
                         Instant mergedAt) implements CaseEvent {

    public CaseMerged {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(intoCaseNumber, "intoCaseNumber");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(mergedAt, "mergedAt");
    }
}
