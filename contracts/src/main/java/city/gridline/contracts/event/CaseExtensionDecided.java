package city.gridline.contracts.event;

import city.gridline.contracts.TimeLimit;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code gridline.case.extension-decided.v1}: the command centre granted or refused an extension; a granted one
 * moves the deadline by {@code extension}.
 */
public record CaseExtensionDecided(String caseNumber, String reportId, boolean granted, TimeLimit extension,
                                   String reason, String actor, Instant decidedAt) implements CaseEvent {

    public CaseExtensionDecided {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
