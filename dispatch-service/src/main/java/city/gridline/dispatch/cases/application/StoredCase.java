package city.gridline.dispatch.cases.application;

import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.dispatch.cases.domain.DispatchCase;

import java.util.List;
import java.util.Set;

/**
 * A case as stored: its state (the fold of its history), the client operations it has taken — each acts once —
 * and the events recorded but not yet confirmed on the broker, which the outbox relay publishes.
 */
public record StoredCase(DispatchCase dispatchCase, Set<String> operations,
                         List<EventEnvelope<CaseEvent>> unpublished) {

    public StoredCase {
        operations = Set.copyOf(operations);
        unpublished = List.copyOf(unpublished);
    }

    public boolean took(String operationId) {
        return operationId != null && operations.contains(operationId);
    }

    /** The strong validator of the case's current version, for ETag and If-Match. */
    public String etag() {
        return CaseVersions.etag(dispatchCase.version());
    }
}
