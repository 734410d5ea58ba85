package city.gridline.notification.register.application;

import city.gridline.notification.register.domain.CaseRecord;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;

/** The case register, one record per case number. */
public interface CaseRecordStore {

    Mono<CaseRecord> find(String caseNumber);

    /** The records of these cases that the register has. */
    Flux<CaseRecord> findAll(Collection<String> caseNumbers);

    /**
     * Stores the record if nobody stored another version of it since it was read ({@code record.version()}), as the
     * next version; fails with {@link ConcurrentCaseRecordUpdateException} otherwise.
     */
    Mono<CaseRecord> save(CaseRecord record);

    /** The cases first dispatched within [from, to). */
    Flux<CaseRecord> dispatchedBetween(Instant from, Instant to);

    /** The cases that ended (closed, transferred, cancelled, merged) within [from, to) and have not moved since. */
    Flux<CaseRecord> endedBetween(Instant from, Instant to);

    /** How many cases were opened within [from, to). */
    Mono<Long> countOpenedBetween(Instant from, Instant to);
}
