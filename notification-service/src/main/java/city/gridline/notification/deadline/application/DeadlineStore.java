package city.gridline.notification.deadline.application;

import city.gridline.notification.deadline.domain.CaseDeadline;
import reactor.core.publisher.Mono;

/** One deadline per case number. */
public interface DeadlineStore {

    /** True when stored; false when the case has a deadline already. */
    Mono<Boolean> insertIfAbsent(CaseDeadline deadline);

    Mono<CaseDeadline> find(String caseNumber);
}
