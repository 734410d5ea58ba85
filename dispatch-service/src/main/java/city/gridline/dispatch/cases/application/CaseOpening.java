package city.gridline.dispatch.cases.application;

import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.dispatch.cases.domain.CaseNumbers;
import city.gridline.dispatch.cases.domain.DispatchCase;
import city.gridline.dispatch.cases.domain.TeamAssignment;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Opens and dispatches a case for a located report. The report id is the case's natural key: a redelivered
 * {@code reports.located} event finds the case it opened before and publishes its events again under the same
 * ids, which consumers recognise — so a crash between storing and publishing loses nothing and doubles nothing.
 */
public class CaseOpening {

    public static final String SOURCE = "/gridline/dispatch-service";

    private final CaseStore store;
    private final CaseEventPublisher publisher;
    private final TeamAssignment assignment;
    private final Clock clock;
    private final ZoneId cityZone;

    public CaseOpening(CaseStore store, CaseEventPublisher publisher, TeamAssignment assignment, Clock clock,
                       ZoneId cityZone) {
        this.store = store;
        this.publisher = publisher;
        this.assignment = assignment;
        this.clock = clock;
        this.cityZone = cityZone;
    }

    public Mono<Opened> open(EventEnvelope<ReportLocated> located) {
        return store.findByReportId(located.data().reportId())
                .map(existing -> new Opened(existing, false))
                .switchIfEmpty(Mono.defer(() -> openNew(located)))
                .flatMap(opened -> Mono.fromRunnable(() -> publishHistory(opened.dispatchCase(), located.traceId()))
                        .subscribeOn(Schedulers.boundedElastic())
                        .thenReturn(opened));
    }

    private Mono<Opened> openNew(EventEnvelope<ReportLocated> located) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, cityZone);
        return store.nextSequence(day).flatMap(sequence -> {
            DispatchCase candidate = DispatchCase.openAndDispatch(located.data(), CaseNumbers.format(day, sequence),
                    assignment.assign(located.data()), now,
                    EventEnvelope.derivedEventId(located.eventId(), "case-opened"),
                    EventEnvelope.derivedEventId(located.eventId(), "case-dispatched"));
            return store.insertOrFindByReport(candidate)
                    .map(stored -> new Opened(stored, stored.caseNumber().equals(candidate.caseNumber())));
        });
    }

    private void publishHistory(DispatchCase dispatchCase, String traceId) {
        for (DispatchCase.IdentifiedEvent step : dispatchCase.events()) {
            publisher.publish(EventEnvelope.<CaseEvent>wrap(step.event(), step.eventId(), step.occurredAt(),
                    traceId, SOURCE));
        }
    }

    /** The case of a located report; {@code fresh} when this call opened it, not a redelivery before it. */
    public record Opened(DispatchCase dispatchCase, boolean fresh) {
    }

    public Mono<DispatchCase> find(String caseNumber) {
        return store.findByCaseNumber(caseNumber)
                .switchIfEmpty(Mono.error(() -> new CaseNotFoundException(caseNumber)));
    }
}
