package city.gridline.contracts.event;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.GeoPoint;

import java.time.Instant;
import java.util.Objects;

/** {@code gridline.case.opened.v1}: a located report was filed as a case (立案). */
public record CaseOpened(String caseNumber, String reportId, String categoryCode, String description,
                         CellRef cell, GeoPoint point, String layerVersion, String actor, Instant openedAt)
        implements CaseEvent {

    public CaseOpened {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(layerVersion, "layerVersion");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(openedAt, "openedAt");
    }
}
