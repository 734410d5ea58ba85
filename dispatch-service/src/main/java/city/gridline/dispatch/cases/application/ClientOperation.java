package city.gridline.dispatch.cases.application;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * What a client sends with every change: its own id for the operation (so a retry after a lost reply acts once),
 * the fingerprint of the change it asks for (so the same id sent with another change is refused rather than
 * answered with the first), the case version it saw (If-Match), the time on the device when the action happened,
 * and the trace it is part of. System operations have no fingerprint: their ids name one change only.
 */
public record ClientOperation(String id, String fingerprint, OptionalInt expectedVersion, Instant deviceTime,
                              String traceId) {

    public static ClientOperation system(String id, String traceId) {
        return new ClientOperation(id, null, OptionalInt.empty(), null, traceId);
    }
}
