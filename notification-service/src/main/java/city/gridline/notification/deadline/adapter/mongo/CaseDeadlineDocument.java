package city.gridline.notification.deadline.adapter.mongo;

import city.gridline.contracts.TimeLimit;
import city.gridline.notification.deadline.domain.CaseDeadline;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** A case's deadline in the {@code case_deadlines} collection, keyed by case number. */
@Document(CaseDeadlineDocument.COLLECTION)
record CaseDeadlineDocument(@Id String caseNumber, Instant dispatchedAt, TimeLimit limit,
                            List<TimeLimit> extensions, Instant warningAt, Instant dueAt) {

    static final String COLLECTION = "case_deadlines";

    static CaseDeadlineDocument of(CaseDeadline deadline) {
        return new CaseDeadlineDocument(deadline.caseNumber(), deadline.dispatchedAt(), deadline.limit(),
                deadline.extensions(), deadline.warningAt(), deadline.dueAt());
    }

    CaseDeadline toDeadline() {
        return new CaseDeadline(caseNumber, dispatchedAt, limit, extensions == null ? List.of() : extensions, warningAt,
                dueAt);
    }
}
