package city.gridline.dispatch.cases.adapter.mongo;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.TeamRef;
import city.gridline.dispatch.cases.domain.CaseStatus;
import city.gridline.dispatch.cases.domain.DispatchCase;
import city.gridline.dispatch.cases.domain.Transition;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** A case in dispatch's {@code cases} collection, keyed by case number, unique by report id. */
@Document(CaseDocument.COLLECTION)
record CaseDocument(@Id String caseNumber, String reportId, String categoryCode, String description, CellRef cell,
                    GeoPoint point, String layerVersion, TeamRef team, CaseStatus status, List<Transition> history) {

    static final String COLLECTION = "cases";

    static CaseDocument of(DispatchCase c) {
        return new CaseDocument(c.caseNumber(), c.reportId(), c.categoryCode(), c.description(), c.cell(), c.point(),
                c.layerVersion(), c.team(), c.status(), c.history());
    }

    DispatchCase toCase() {
        return new DispatchCase(caseNumber, reportId, categoryCode, description, cell, point, layerVersion, team,
                status, history);
    }
}
