package city.gridline.contracts.event;

import city.gridline.contracts.GeoPoint;

import java.time.Instant;
import java.util.Objects;

/** {@code gridline.case.checked-in.v1}: a member of the team reported arrival on site, this far from the case. */
public record CaseCheckedIn(String caseNumber, String reportId, GeoPoint position, double distanceMetres,
                            String actor, Instant checkedInAt) implements CaseEvent {

    public CaseCheckedIn {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(checkedInAt, "checkedInAt");
    }
}
