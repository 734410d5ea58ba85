package city.gridline.dispatch.cases.adapter.mongo;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.TeamRef;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A case in dispatch's {@code cases} collection, keyed by case number, unique by report id. The history — every
 * event as the JSON envelope it is published as — is the record; the other fields are read from it for queries
 * (status, team, sign-by time, the members who handled it) and the gauges (cell, point, team); {@code overdueDueAt}
 * is the deadline the notification service said the case passed, cleared by a granted extension or a reopening,
 * which sets {@code deadlineMovedAt}; {@code operations} the client operations taken, {@code fingerprints} the
 * change each asked for; {@code mergeClaims} the cases being merged into this one at
 * this moment.
 */
@Document(CaseDocument.COLLECTION)
record CaseDocument(@Id String caseNumber, String reportId, int version, String status, String categoryCode,
                    CellRef cell, GeoPoint point, TeamRef team, String leadTeamId, List<String> teamIds, Instant dispatchedAt,
                    Instant signBy, boolean chased, boolean extensionPending, Instant overdueDueAt,
                    Instant deadlineMovedAt, Instant updatedAt, List<HistoryEntry> history,
                    List<String> unpublished, List<String> operations, List<Fingerprint> fingerprints,
                    List<MergeClaim> mergeClaims, List<String> handlers) {

    static final String COLLECTION = "cases";

    /** What change a client operation asked for (SHA-256, hex), to tell a retry from an id reused for another. */
    record Fingerprint(String operationId, String sha256) {
    }

    /** A duplicate's claim on this case as its original, from before its merge is recorded until just after. */
    record MergeClaim(String caseNumber, String claimId, Instant at) {
    }

    /** One event of the case's history, as published. */
    record HistoryEntry(String eventId, String type, Instant occurredAt, String envelope) {
    }
}
