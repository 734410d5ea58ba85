package city.gridline.notification.register.adapter.mongo;

import city.gridline.contracts.TeamRef;
import city.gridline.notification.register.domain.CaseRecord;
import city.gridline.notification.register.domain.CaseStatus;
import city.gridline.notification.register.domain.Dispatch;
import city.gridline.notification.register.domain.Place;
import city.gridline.notification.register.domain.Verification;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A case's record in the {@code case_register} collection, keyed by case number. {@code firstDispatchedAt} is
 * kept apart from the dispatches so that the assessment period can be an indexed range.
 */
@Document(CaseRecordDocument.COLLECTION)
record CaseRecordDocument(@Id String caseNumber, String reportId, Place place, String categoryCode, TeamRef leadTeam,
                          CaseStatus status, String transferredTo, String mergedInto, Instant openedAt,
                          Instant firstDispatchedAt, List<Dispatch> dispatches, Instant acceptedAt, Instant resolvedAt,
                          List<Verification> verifications, Instant closedAt, List<Instant> returns,
                          Instant transferredAt, Instant cancelledAt, Instant mergedAt, List<Instant> reopenings,
                          List<String> appliedEvents, long version) {

    static final String COLLECTION = "case_register";

    static CaseRecordDocument of(CaseRecord r, long version) {
        return new CaseRecordDocument(r.caseNumber(), r.reportId(), r.place(), r.categoryCode(), r.leadTeam(),
                r.status(), r.transferredTo(), r.mergedInto(), r.openedAt(), r.firstDispatchedAt().orElse(null),
                r.dispatches(), r.acceptedAt(), r.resolvedAt(), r.verifications(), r.closedAt(), r.returns(),
                r.transferredAt(), r.cancelledAt(), r.mergedAt(), r.reopenings(), r.appliedEvents(), version);
    }

    CaseRecord toRecord() {
        return new CaseRecord(caseNumber, reportId, place, categoryCode, leadTeam, status, transferredTo, mergedInto,
                openedAt, orEmpty(dispatches), acceptedAt, resolvedAt, orEmpty(verifications), closedAt,
                orEmpty(returns), transferredAt, cancelledAt, mergedAt, orEmpty(reopenings), orEmpty(appliedEvents),
                version);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
