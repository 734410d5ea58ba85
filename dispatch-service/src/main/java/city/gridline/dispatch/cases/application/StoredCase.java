package city.gridline.dispatch.cases.application;

import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.dispatch.cases.domain.DispatchCase;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case as stored: its state (the fold of its history), the client operations it has taken — each acts once —
 * with the fingerprint of the change each asked for (operations taken before fingerprints were kept, and the
 * system's own, have none), and the events recorded but not yet confirmed on the broker, which the outbox relay
 * publishes.
 */
public record StoredCase(DispatchCase dispatchCase, Set<String> operations, Map<String, String> fingerprints,
                         List<EventEnvelope<CaseEvent>> unpublished) {

    public StoredCase {
        operations = Set.copyOf(operations);
        fingerprints = Map.copyOf(fingerprints);
        unpublished = List.copyOf(unpublished);
    }

    public boolean took(String operationId) {
        return operationId != null && operations.contains(operationId);
    }

    /** The operation was taken for a change other than the one fingerprinted (unknown when either has none). */
    public boolean tookAnotherChange(String operationId, String fingerprint) {
        String taken = fingerprints.get(operationId);
        return took(operationId) && taken != null && fingerprint != null && !taken.equals(fingerprint);
    }

    /** The strong validator of the case's current version, for ETag and If-Match. */
    public String etag() {
        return CaseVersions.etag(dispatchCase.version());
    }
}
