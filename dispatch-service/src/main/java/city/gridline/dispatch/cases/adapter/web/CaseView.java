package city.gridline.dispatch.cases.adapter.web;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.Urgency;
import city.gridline.contracts.ZoneRef;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventTypes;
import city.gridline.dispatch.cases.domain.CaseStatus;
import city.gridline.dispatch.cases.domain.DispatchCase;
import city.gridline.dispatch.cases.domain.Recorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A case as the API shows it: where it is, who has it, under which limits, and its full audit trail — every
 * event with its id, wire type, time, actor, the status it left the case in, and the event itself.
 */
public record CaseView(String caseNumber, String reportId, String categoryCode, String description, CellRef cell,
                       GeoPoint point, String layerVersion, ZoneRef zone, CaseStatus status, TeamRef team,
                       List<TeamRef> assistingTeams, Urgency urgency, TimeLimit handlingLimit, Instant dispatchedAt,
                       Instant signBy, TimeLimit pendingExtension, String department, String mergedInto,
                       int version, List<Step> history) {

    /** One step of the audit trail. */
    public record Step(String eventId, String type, Instant at, String actor, CaseStatus status, CaseEvent event) {
    }

    public static CaseView of(DispatchCase c) {
        List<Recorded> recorded = c.history();
        List<CaseStatus> trail = c.statusTrail();
        List<Step> steps = new ArrayList<>(recorded.size());
        for (int i = 0; i < recorded.size(); i++) {
            Recorded r = recorded.get(i);
            steps.add(new Step(r.eventId(), EventTypes.of(r.event()).wireType(), r.recordedAt(), r.event().actor(),
                    trail.get(i), r.event()));
        }
        return new CaseView(c.caseNumber(), c.reportId(), c.opened().categoryCode(), c.opened().description(),
                c.opened().cell(), c.opened().point(), c.opened().layerVersion(), c.opened().zone(), c.status(),
                c.team(), c.assistingTeams(), c.opened().urgency(), c.handlingLimit(), c.dispatchedAt(), c.signBy(),
                c.pendingExtension(), c.department(), c.mergedInto(), c.version(), steps);
    }
}
