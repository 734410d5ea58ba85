package city.gridline.campaigns;

import city.gridline.contracts.event.CaseChased;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseReopened;
import city.gridline.contracts.event.CaseReturned;
import city.gridline.contracts.event.CaseTransferred;
import city.gridline.contracts.event.EventEnvelope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every report intake answered with a 2xx, set against what the services published.
 *
 * <ul>
 *   <li><b>lost</b>: an accepted report that neither has a case of its own, nor follows — as a repeat merged by intake
 *   ({@code gridline.report.reporter.v1} naming another report) — a report that has one, nor was found outside every
 *   cell by the grid ({@code gridline.report.unlocatable.v1}: no case by design);</li>
 *   <li><b>doubled</b>: a ticket announced under two report ids, a report announced under two event ids, a report
 *   that opened two cases, a repeat that was also announced as a report of its own, or a case <b>dispatched twice</b>:
 *   two {@code gridline.case.dispatched.v1} events with different ids for one case with no return, chase (an unsigned
 *   task is chased before it is re-dispatched), reopening or transfer between them. The same event on the topic
 *   twice, under its one id, is a redelivery that consumers recognise: counted ({@code republished}), not a fault.</li>
 * </ul>
 */
record Reconciliation(int accepted, Set<String> cases, int ownCases, int repeatsLinked, int unlocatable,
                      int dispatches, List<String> lost, List<String> doubled, int republished) {

    /** Links followed at most from a repeat to the report with the case (a repeat of a repeat, …). */
    private static final int MAX_LINKS = 10;

    static Reconciliation of(Collection<HotlineTraffic.Accepted> acceptedReports, EventLedger ledger) {
        Set<String> cases = new LinkedHashSet<>();
        List<String> lost = new ArrayList<>();
        List<String> doubled = new ArrayList<>();
        int own = 0;
        int repeats = 0;
        int unlocatable = 0;
        for (HotlineTraffic.Accepted report : acceptedReports) {
            String id = report.reportId();
            Set<String> announced = ledger.reportsOfTicket.getOrDefault(report.ticket(), Set.of());
            if (announced.size() > 1) {
                doubled.add("ticket " + report.ticket() + " announced as reports " + announced);
            }
            Set<String> eventIds = ledger.receivedEventIds.getOrDefault(id, Set.of());
            if (eventIds.size() > 1) {
                doubled.add("report " + id + " announced under event ids " + eventIds);
            }
            String followed = ledger.followedReport.get(id);
            boolean repeat = followed != null && !followed.equals(id);
            if (repeat && !eventIds.isEmpty()) {
                doubled.add("report " + id + " is a repeat of " + followed + " and was announced as its own report");
            }
            String primary = repeat ? primaryOf(id, ledger) : id;
            Set<String> opened = ledger.casesOfReport.getOrDefault(primary, Set.of());
            if (opened.size() > 1) {
                doubled.add("report " + primary + " opened cases " + opened);
            }
            if (opened.isEmpty()) {
                if (ledger.unlocatable.contains(primary)) {
                    unlocatable++;
                } else {
                    lost.add(describeLost(report, primary, repeat, ledger));
                }
                continue;
            }
            cases.addAll(opened);
            if (repeat) {
                repeats++;
            } else {
                own++;
            }
        }
        int republished = 0;
        int dispatches = 0;
        for (String caseNumber : cases) {
            List<EventEnvelope<?>> events = ledger.caseEvents.getOrDefault(caseNumber, List.of());
            republished += events.size() - (int) events.stream().map(EventEnvelope::eventId).distinct().count();
            dispatches += (int) events.stream().filter(e -> e.data() instanceof CaseDispatched)
                    .map(EventEnvelope::eventId).distinct().count();
            dispatchedTwice(caseNumber, events).ifPresent(doubled::add);
        }
        return new Reconciliation(acceptedReports.size(), cases, own, repeats, unlocatable, dispatches,
                List.copyOf(lost),
                List.copyOf(doubled), republished);
    }

    boolean clean() {
        return lost.isEmpty() && doubled.isEmpty();
    }

    private static String primaryOf(String reportId, EventLedger ledger) {
        String current = reportId;
        for (int i = 0; i < MAX_LINKS; i++) {
            String next = ledger.followedReport.get(current);
            if (next == null || next.equals(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private static String describeLost(HotlineTraffic.Accepted report, String primary, boolean repeat,
                                       EventLedger ledger) {
        String where = ledger.receivedEventIds.containsKey(primary)
                ? ledger.located.contains(primary) ? "located, no case opened" : "received, never located"
                : "never announced on reports.received";
        return "ticket " + report.ticket() + " → report " + report.reportId()
                + (repeat ? " (repeat of " + primary + ")" : "") + ": " + where;
    }

    private static Optional<String> dispatchedTwice(String caseNumber, List<EventEnvelope<?>> events) {
        Set<String> seen = new HashSet<>();
        String inForce = null;
        for (EventEnvelope<?> event : events) {
            if (!seen.add(event.eventId())) {
                continue;
            }
            Object data = event.data();
            if (data instanceof CaseDispatched) {
                if (inForce != null) {
                    return Optional.of("case " + caseNumber + " dispatched by " + inForce + " and again by "
                            + event.eventId() + " with nothing in between");
                }
                inForce = event.eventId();
            } else if (data instanceof CaseReturned || data instanceof CaseChased || data instanceof CaseReopened
                    || data instanceof CaseTransferred) {
                inForce = null;
            }
        }
        return Optional.empty();
    }
}
