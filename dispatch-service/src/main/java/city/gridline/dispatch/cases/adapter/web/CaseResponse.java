package city.gridline.dispatch.cases.adapter.web;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.TeamRef;
import city.gridline.dispatch.cases.domain.CaseStatus;
import city.gridline.dispatch.cases.domain.DispatchCase;
import city.gridline.dispatch.cases.domain.Transition;

import java.util.List;

/** The body of {@code GET /api/v1/cases/{caseNumber}}: the case and its audit trail. */
public record CaseResponse(String caseNumber, String reportId, String categoryCode, String description,
                           CellRef cell, GeoPoint point, String layerVersion, TeamRef team, CaseStatus status,
                           List<Transition> history) {

    static CaseResponse of(DispatchCase c) {
        return new CaseResponse(c.caseNumber(), c.reportId(), c.categoryCode(), c.description(), c.cell(), c.point(),
                c.layerVersion(), c.team(), c.status(), c.history());
    }
}
