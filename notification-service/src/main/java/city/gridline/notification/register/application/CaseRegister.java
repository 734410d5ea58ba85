package city.gridline.notification.register.application;

import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.notification.register.domain.CaseRecord;
import city.gridline.notification.timeline.application.CaseNotFoundException;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.Map;

/** Keeps one record per case from {@code cases.events}; an event seen before changes nothing. */
public class CaseRegister {

    private final CaseRecordStore store;

    public CaseRegister(CaseRecordStore store) {
        this.store = store;
    }

    /** True when the event changed the record; false when it had been applied before. */
    public Mono<Boolean> record(EventEnvelope<? extends CaseEvent> event) {
        CaseEvent data = event.data();
        return store.find(data.caseNumber())
                .defaultIfEmpty(CaseRecord.unseen(data.caseNumber()))
                .flatMap(record -> record.hasApplied(event.eventId())
                        ? Mono.just(false)
                        : store.save(record.apply(event.eventId(), data)).thenReturn(true));
    }

    public Mono<CaseRecord> find(String caseNumber) {
        return store.find(caseNumber);
    }

    /** The records of these cases, by case number; a case the register has not seen is absent. */
    public Mono<Map<String, CaseRecord>> findAll(Collection<String> caseNumbers) {
        return caseNumbers.isEmpty() ? Mono.just(Map.of())
                : store.findAll(caseNumbers).collectMap(CaseRecord::caseNumber);
    }

    public Mono<CaseRecord> get(String caseNumber) {
        return store.find(caseNumber).switchIfEmpty(Mono.error(() -> new CaseNotFoundException(caseNumber)));
    }
}
