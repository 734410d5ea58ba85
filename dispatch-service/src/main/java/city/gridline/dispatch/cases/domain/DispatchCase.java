package city.gridline.dispatch.cases.domain;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.TeamRef;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.ReportLocated;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A case: one located report filed (立案) and dispatched (派遣) to a team. Its history is the audit trail, each
 * step carrying the id of the event that announced it.
 */
public record DispatchCase(String caseNumber, String reportId, String categoryCode, String description,
                           CellRef cell, GeoPoint point, String layerVersion, TeamRef team, CaseStatus status,
                           List<Transition> history) {

    public static final String ACTOR = "system:dispatch-service";

    public DispatchCase {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reportId, "reportId");
        history = List.copyOf(history);
    }

    /**
     * Files the located report under the given case number and dispatches it at once to the assigned team. The
     * ids of the two events are given, so that a redelivered report yields the very same events.
     */
    public static DispatchCase openAndDispatch(ReportLocated located, String caseNumber,
                                               TeamAssignment.Assignment assignment, Instant now,
                                               String openedEventId, String dispatchedEventId) {
        List<Transition> history = List.of(
                new Transition(CaseStatus.OPENED, now, ACTOR, "located in cell " + located.cell().code(),
                        openedEventId),
                new Transition(CaseStatus.DISPATCHED, now, ACTOR, assignment.reason(), dispatchedEventId));
        return new DispatchCase(caseNumber, located.reportId(), located.report().categoryCode(),
                located.report().description(), located.cell(), located.point(), located.layerVersion(),
                assignment.team(), CaseStatus.DISPATCHED, history);
    }

    /** The events that announce this case's history so far, in order, paired with their ids. */
    public List<IdentifiedEvent> events() {
        return history.stream().map(this::eventOf).toList();
    }

    private IdentifiedEvent eventOf(Transition step) {
        CaseEvent event = switch (step.status()) {
            case OPENED -> new CaseOpened(caseNumber, reportId, categoryCode, description, cell, point,
                    layerVersion, step.actor(), step.at());
            case DISPATCHED -> new CaseDispatched(caseNumber, reportId, team, cell.code(), step.reason(),
                    step.actor(), step.at());
        };
        return new IdentifiedEvent(step.eventId(), step.at(), event);
    }

    public record IdentifiedEvent(String eventId, Instant occurredAt, CaseEvent event) {
    }
}
