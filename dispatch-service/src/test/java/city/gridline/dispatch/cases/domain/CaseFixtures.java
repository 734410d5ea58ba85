package city.gridline.dispatch.cases.domain;

import city.gridline.contracts.AdminUnit;
import city.gridline.contracts.CellRef;
import city.gridline.contracts.Crs;
import city.gridline.contracts.EvidenceRef;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.Urgency;
import city.gridline.contracts.ZoneRef;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.Placement;
import city.gridline.dispatch.teams.domain.Role;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Cases and actors for the domain's tests: a case in cell 110105001024001 of 建外街道, dispatched to its group. */
final class CaseFixtures {

    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    static final TeamRef GROUP = new TeamRef("T110105001024", "南郎家园综合执法组");
    static final TeamRef OTHER_GROUP = new TeamRef("T110105001025", "北郎家园综合执法组");
    static final CellRef CELL = new CellRef("110105001024001", new AdminUnit("110105001024", "南郎家园社区居委会"),
            new AdminUnit("110105001", "建外街道"), new AdminUnit("110105", "朝阳区"));
    static final GeoPoint POINT = new GeoPoint(116.455, 39.937, Crs.GCJ02);
    static final Actor OFFICER = new Actor("member:officer-1", Role.OFFICER, GROUP.id(), "110105001");
    static final Actor ASSISTANT = new Actor("member:assistant-1", Role.ASSISTANT, GROUP.id(), "110105001");
    static final Actor OTHER_OFFICER = new Actor("member:officer-9", Role.OFFICER, OTHER_GROUP.id(), "110105001");
    static final Actor SUPERVISOR = new Actor("member:supervisor-1", Role.SUPERVISOR, "INSPECTION", "110105");
    static final Actor COMMAND = new Actor("member:command", Role.COMMAND_CENTRE, "CC-110105", "110105");
    /** Haidian's command centre and a supervisor of another Chaoyang street: the case is outside their areas. */
    static final Actor OTHER_DISTRICT_COMMAND = new Actor("member:command-hd", Role.COMMAND_CENTRE, "CC-110108",
            "110108");
    static final Actor OTHER_STREET_SUPERVISOR = new Actor("member:supervisor-9", Role.SUPERVISOR, "INSPECTION-9",
            "110105002");
    static final EvidenceRef AFTER = new EvidenceRef("ev-1", EvidenceRef.Kind.AFTER, "image/jpeg", 1200,
            "0".repeat(64));

    private CaseFixtures() {
    }

    static CaseOpened opened(ZoneRef zone, String category, boolean nearStreetBoundary) {
        return opened("261123-00001", zone, category, nearStreetBoundary);
    }

    static CaseOpened opened(String caseNumber, ZoneRef zone, String category, boolean nearStreetBoundary) {
        return DispatchCase.open(caseNumber, "report-" + caseNumber, category, "井盖缺失", CELL, POINT, "110105-demo-1",
                GROUP, zone, nearStreetBoundary, Urgency.NORMAL, Placement.POINT, T0);
    }

    /** A case opened and dispatched to the resident group, with the given changes recorded after. */
    static DispatchCase dispatched() {
        return dispatched("261123-00001");
    }

    static DispatchCase dispatched(String caseNumber) {
        CaseOpened opened = opened(caseNumber, null, "0101", false);
        Dispatch dispatch = new Dispatch(GROUP, List.of(), "resident team of cell " + CELL.code(),
                TimeLimit.hours(6), T0.plusSeconds(1800));
        return DispatchCase.replay(List.of(recorded(opened), recorded(DispatchCase.dispatch(opened, dispatch,
                Actor.SYSTEM, T0))));
    }

    static Recorded recorded(CaseEvent event) {
        return new Recorded(UUID.randomUUID().toString(), T0, event);
    }

    static DispatchCase record(DispatchCase dispatchCase, CaseEvent... events) {
        for (CaseEvent event : events) {
            dispatchCase.apply(recorded(event));
        }
        return dispatchCase;
    }

    static DispatchCase record(DispatchCase dispatchCase, List<CaseEvent> events) {
        return record(dispatchCase, events.toArray(CaseEvent[]::new));
    }
}
