package city.gridline.dispatch.cases.application;

import city.gridline.contracts.Urgency;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.dispatch.cases.domain.Actor;
import city.gridline.dispatch.cases.domain.CaseNumbers;
import city.gridline.dispatch.cases.domain.DispatchCase;
import city.gridline.dispatch.cases.domain.Recorded;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Files a case for a located report (立案) and at once dispatches it to a team (派遣) — or transfers it, when the
 * category belongs to another department. The report id is the case's natural key: a redelivered
 * {@code reports.located} event finds the case it opened before, opens no second one, and publishes whatever of
 * its first events had not reached the broker, under the same ids.
 */
public class CaseOpening {

    public static final String SOURCE = "/gridline/dispatch-service";

    private final CaseStore store;
    private final CasePublication publication;
    private final DispatchDecisions decisions;
    private final Clock clock;
    private final ZoneId cityZone;

    public CaseOpening(CaseStore store, CasePublication publication, DispatchDecisions decisions, Clock clock,
                       ZoneId cityZone) {
        this.store = store;
        this.publication = publication;
        this.decisions = decisions;
        this.clock = clock;
        this.cityZone = cityZone;
    }

    /** The case of a located report; {@code fresh} when this call opened it, not a redelivery before it. */
    public record Opened(DispatchCase dispatchCase, boolean fresh) {
    }

    public Mono<Opened> open(EventEnvelope<ReportLocated> located) {
        return store.findByReportId(located.data().reportId())
                .flatMap(existing -> publication.publish(existing.dispatchCase().caseNumber(), existing.unpublished())
                        .thenReturn(new Opened(existing.dispatchCase(), false)))
                .switchIfEmpty(Mono.defer(() -> openNew(located)));
    }

    private Mono<Opened> openNew(EventEnvelope<ReportLocated> envelope) {
        ReportLocated located = envelope.data();
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, cityZone);
        return store.nextSequence(day).flatMap(sequence -> {
            CaseOpened opened = DispatchCase.open(CaseNumbers.format(day, sequence), located.reportId(),
                    located.report().categoryCode(), located.report().description(), located.cell(), located.point(),
                    located.layerVersion(), located.residentTeam(), located.zone(), located.nearStreetBoundary(),
                    Urgency.NORMAL, located.placement(), now);
            return decisions.first(opened).flatMap(decision -> {
                CaseEvent next = decision.transfer()
                        ? DispatchCase.transfer(opened, decision.department(), decision.reason(), now)
                        : DispatchCase.dispatch(opened, decision.dispatch(), Actor.SYSTEM, now);
                List<EventEnvelope<CaseEvent>> events = new ArrayList<>();
                events.add(envelope(opened, envelope, "case-opened", now));
                events.add(envelope(next, envelope, decision.transfer() ? "case-transferred" : "case-dispatched",
                        now));
                DispatchCase candidate = DispatchCase.replay(events.stream()
                        .map(e -> new Recorded(e.eventId(), e.occurredAt(), e.data())).toList());
                return store.insertOrFindByReport(candidate, events).flatMap(stored -> {
                    boolean fresh = stored.dispatchCase().caseNumber().equals(opened.caseNumber());
                    return publication.publish(stored.dispatchCase().caseNumber(), stored.unpublished())
                            .thenReturn(new Opened(stored.dispatchCase(), fresh));
                });
            });
        });
    }

    private static EventEnvelope<CaseEvent> envelope(CaseEvent event, EventEnvelope<ReportLocated> cause,
                                                     String step, Instant now) {
        return EventEnvelope.wrap(event, EventEnvelope.derivedEventId(cause.eventId(), step), now, cause.traceId(),
                SOURCE);
    }

    public Mono<StoredCase> find(String caseNumber) {
        return store.findByCaseNumber(caseNumber)
                .switchIfEmpty(Mono.error(() -> new CaseNotFoundException(caseNumber)));
    }
}
