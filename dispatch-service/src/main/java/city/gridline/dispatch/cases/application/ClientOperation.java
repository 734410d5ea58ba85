package city.gridline.dispatch.cases.application;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * What a client sends with every change: its own id for the operation (so a retry after a lost reply acts once),
 * the case version it saw (If-Match), the time on the device when the action happened, and the trace it is part of.
 */
public record ClientOperation(String id, OptionalInt expectedVersion, Instant deviceTime, String traceId) {
}
