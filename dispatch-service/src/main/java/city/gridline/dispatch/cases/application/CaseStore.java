package city.gridline.dispatch.cases.application;

import city.gridline.dispatch.cases.domain.DispatchCase;
import reactor.core.publisher.Mono;

import java.time.LocalDate;

/** Dispatch's own record of cases. */
public interface CaseStore {

    Mono<DispatchCase> findByReportId(String reportId);

    Mono<DispatchCase> findByCaseNumber(String caseNumber);

    /** Stores a new case, or, when the report has a case already, gives back that one. */
    Mono<DispatchCase> insertOrFindByReport(DispatchCase newCase);

    /** The next number of the day's case sequence, starting at 1; never the same twice. */
    Mono<Long> nextSequence(LocalDate day);
}
