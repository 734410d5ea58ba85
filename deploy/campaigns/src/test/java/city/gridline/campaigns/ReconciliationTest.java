package city.gridline.campaigns;

import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.CaseReturned;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.EventType;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import city.gridline.contracts.event.GridlineEvent;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.contracts.event.ReporterRegistered;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The crash campaign's books: what counts as lost, as doubled, and what does not. */
class ReconciliationTest {

    private static final EventCodec CODEC = new EventCodec();

    private final EventLedger ledger = new EventLedger();

    @Test
    void aReportWithOneDispatchedCaseAndARepeatLinkedToItBalance() {
        fileWithCase("T-1", "R-1", "C-1");
        ledger.add(event(reporter("R-2", "R-1"), "e-reporter-2"));

        Reconciliation books = Reconciliation.of(List.of(accepted("T-1", "R-1"), accepted("T-2", "R-2")), ledger);

        assertThat(books.clean()).as(books.toString()).isTrue();
        assertThat(books.cases()).containsExactly("C-1");
        assertThat(books.ownCases()).isEqualTo(1);
        assertThat(books.repeatsLinked()).isEqualTo(1);
        assertThat(books.dispatches()).isEqualTo(1);
    }

    @Test
    void anAcceptedReportWithoutACaseIsLostAndSaysWhereItStopped() {
        ledger.add(event(received("T-1", "R-1"), "e-received-1"));
        ledger.add(event(located("R-1"), "e-located-1"));

        Reconciliation books = Reconciliation.of(List.of(accepted("T-1", "R-1"), accepted("T-2", "R-2")), ledger);

        assertThat(books.lost()).containsExactly("ticket T-1 → report R-1: located, no case opened",
                "ticket T-2 → report R-2: never announced on reports.received");
    }

    @Test
    void aRepeatOfAReportWithoutACaseIsLost() {
        ledger.add(event(reporter("R-2", "R-1"), "e-reporter-2"));

        Reconciliation books = Reconciliation.of(List.of(accepted("T-2", "R-2")), ledger);

        assertThat(books.lost()).hasSize(1);
    }

    @Test
    void twoDispatchesWithNothingBetweenAreADoubleDispatchButAReturnBetweenThemIsNot() {
        fileWithCase("T-1", "R-1", "C-1");
        ledger.add(event(dispatched("C-1", "R-1"), "e-dispatched-again"));
        fileWithCase("T-2", "R-2", "C-2");
        ledger.add(event(returned("C-2", "R-2"), "e-returned-2"));
        ledger.add(event(dispatched("C-2", "R-2"), "e-redispatched-2"));

        Reconciliation books = Reconciliation.of(List.of(accepted("T-1", "R-1"), accepted("T-2", "R-2")), ledger);

        assertThat(books.doubled()).singleElement().asString().startsWith("case C-1 dispatched by");
        assertThat(books.dispatches()).isEqualTo(4);
    }

    @Test
    void theSameDispatchTwiceUnderItsOneIdIsARepublicationNotADoubleDispatch() {
        fileWithCase("T-1", "R-1", "C-1");
        ledger.add(event(dispatched("C-1", "R-1"), "e-dispatched-C-1"));

        Reconciliation books = Reconciliation.of(List.of(accepted("T-1", "R-1")), ledger);

        assertThat(books.clean()).as(books.toString()).isTrue();
        assertThat(books.republished()).isEqualTo(1);
    }

    @Test
    void aReportThatOpenedTwoCasesOrATicketFiledAsTwoReportsIsDoubled() {
        fileWithCase("T-1", "R-1", "C-1");
        ledger.add(event(opened("C-9", "R-1"), "e-opened-C-9"));
        ledger.add(event(received("T-1", "R-7"), "e-received-7"));

        Reconciliation books = Reconciliation.of(List.of(accepted("T-1", "R-1")), ledger);

        assertThat(books.doubled()).containsExactlyInAnyOrder("ticket T-1 announced as reports [R-1, R-7]",
                "report R-1 opened cases [C-1, C-9]");
    }

    private void fileWithCase(String ticket, String reportId, String caseNumber) {
        ledger.add(event(received(ticket, reportId), "e-received-" + reportId));
        ledger.add(event(reporter(reportId, reportId), "e-reporter-" + reportId));
        ledger.add(event(located(reportId), "e-located-" + reportId));
        ledger.add(event(opened(caseNumber, reportId), "e-opened-" + caseNumber));
        ledger.add(event(dispatched(caseNumber, reportId), "e-dispatched-" + caseNumber));
    }

    private static HotlineTraffic.Accepted accepted(String ticket, String reportId) {
        return new HotlineTraffic.Accepted(ticket, reportId, null);
    }

    private static ReportReceived received(String ticket, String reportId) {
        ReportReceived s = sample(EventTypes.REPORT_RECEIVED);
        return new ReportReceived(reportId, s.channel(), ticket, s.categoryCode(), s.description(), s.location(),
                s.address(), s.reporter(), s.receivedAt());
    }

    private static ReporterRegistered reporter(String reportId, String primaryReportId) {
        ReporterRegistered s = sample(EventTypes.REPORTER_REGISTERED);
        return new ReporterRegistered(reportId, primaryReportId, s.channel(), "ticket of " + reportId, s.masked(),
                s.contact(), s.reason(), s.receivedAt());
    }

    private static ReportLocated located(String reportId) {
        ReportLocated s = sample(EventTypes.REPORT_LOCATED);
        return new ReportLocated(reportId, s.report(), s.point(), s.cell(), s.residentTeam(), s.layerVersion(),
                s.placement(), s.nearCellBoundary(), s.nearStreetBoundary(), s.zone());
    }

    private static CaseOpened opened(String caseNumber, String reportId) {
        CaseOpened s = sample(EventTypes.CASE_OPENED);
        return new CaseOpened(caseNumber, reportId, s.categoryCode(), s.description(), s.cell(), s.point(),
                s.layerVersion(), s.actor(), s.openedAt(), s.residentTeam(), s.zone(), s.nearStreetBoundary(),
                s.urgency(), s.placement());
    }

    private static CaseDispatched dispatched(String caseNumber, String reportId) {
        CaseDispatched s = sample(EventTypes.CASE_DISPATCHED);
        return new CaseDispatched(caseNumber, reportId, s.team(), s.cellCode(), s.reason(), s.actor(),
                s.dispatchedAt(), s.categoryCode(), s.urgency(), s.handlingLimit(), s.signBy(), s.assistingTeams());
    }

    private static CaseReturned returned(String caseNumber, String reportId) {
        CaseReturned s = sample(EventTypes.CASE_RETURNED);
        return new CaseReturned(caseNumber, reportId, s.team(), s.reason(), s.actor(), s.returnedAt());
    }

    private static <E extends GridlineEvent> E sample(EventType<E> type) {
        return type.javaType().cast(CODEC.decode(GoldenSamples.sample(type)).data());
    }

    private static EventEnvelope<?> event(GridlineEvent data, String eventId) {
        return EventEnvelope.wrap(data, eventId, Instant.parse("2026-11-24T08:00:00Z"),
                UUID.randomUUID().toString().replace("-", ""), "/gridline/crash-campaign-test");
    }
}
