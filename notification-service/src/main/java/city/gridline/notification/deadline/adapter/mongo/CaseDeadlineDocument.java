package city.gridline.notification.deadline.adapter.mongo;

import city.gridline.contracts.TimeLimit;
import city.gridline.notification.deadline.domain.CaseDeadline;
import city.gridline.notification.deadline.domain.DeadlineState;
import city.gridline.notification.deadline.domain.EscalationLevel;
import city.gridline.notification.deadline.domain.StopReason;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A case's deadline in the {@code case_deadlines} collection, keyed by case number. {@code outbox}: the steps claimed
 * but not yet announced, each with its event's envelope as published (only the watcher's claims and the announcer
 * change it; a lifecycle update leaves it as it is). {@code waitedForChecks}: ISO-8601 ({@code PT48H}), absent from
 * deadlines stored before it was recorded, which waited for none; {@code lateInEarlierRound} is absent from those
 * stored before it was recorded too, read as not late.
 */
@Document(CaseDeadlineDocument.COLLECTION)
record CaseDeadlineDocument(@Id String caseNumber, Instant dispatchedAt, TimeLimit limit,
                            List<TimeLimit> extensions, Instant extendedAt, String waitedForChecks, Instant warningAt,
                            Instant dueAt, Instant resolvedAt, Instant backloggedAt, Instant stoppedAt,
                            StopReason stopReason, Boolean lateInEarlierRound, DeadlineState announced,
                            EscalationLevel escalated, List<String> appliedEvents, String countedBy, long version,
                            List<OutboxEntry> outbox) {

    static final String COLLECTION = "case_deadlines";

    static CaseDeadlineDocument of(CaseDeadline d, long version) {
        return new CaseDeadlineDocument(d.caseNumber(), d.dispatchedAt(), d.limit(), d.extensions(), d.extendedAt(),
                d.waitedForChecks().toString(), d.warningAt(), d.dueAt(), d.resolvedAt(), d.backloggedAt(),
                d.stoppedAt(), d.stopReason(), d.lateInEarlierRound(), d.announced(), d.escalated(), d.appliedEvents(),
                d.countedBy(), version, List.of());
    }

    /** A claimed step's event, as {@link city.gridline.notification.deadline.application.StepAnnouncement}. */
    record OutboxEntry(String eventId, String envelope, Instant storedAt) {
    }

    CaseDeadline toDeadline() {
        return new CaseDeadline(caseNumber, dispatchedAt, limit, extensions == null ? List.of() : extensions,
                extendedAt, waitedForChecks == null ? Duration.ZERO : Duration.parse(waitedForChecks), warningAt, dueAt,
                resolvedAt, backloggedAt, stoppedAt, stopReason, Boolean.TRUE.equals(lateInEarlierRound), announced,
                escalated, appliedEvents, countedBy, version);
    }
}
