package city.gridline.systemtests;

import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.Topics;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.CloudEventHeaders;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.GridlineEvent;
import city.gridline.testkit.TopicProbe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the test writes to the broker itself, as another producer would: a message no consumer can read, and a case
 * that was dispatched long enough ago to be overdue (no real case can be: the shortest handling limit is an hour).
 */
final class BrokerTraffic {

    private static final String SOURCE = "/gridline/system-tests";

    private final TopicProbe probe;
    private final EventCodec codec = new EventCodec();

    BrokerTraffic(String bootstrapServers) {
        this.probe = new TopicProbe(bootstrapServers);
    }

    /** Not an event: every consumer of {@code reports.received} gives up on it and dead-letters it. */
    void poisonReportsReceived() {
        probe.send(Topics.REPORTS_RECEIVED, "poison", "{not an event".getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * A copy of a real case's opening, under a new case number, then its dispatch three hours ago to the same team
     * with an hour to handle it: the notification service's deadline watch finds it overdue and escalates it.
     * Answers the new case number.
     */
    String overdueCopyOf(String caseNumber, Duration wait) {
        CaseOpened real = (CaseOpened) probe.awaitEvent(Topics.CASES_EVENTS,
                event -> event.data() instanceof CaseOpened opened && opened.caseNumber().equals(caseNumber), wait)
                .orElseThrow(() -> new AssertionError("no gridline.case.opened for " + caseNumber)).data();
        CaseDispatched realDispatch = (CaseDispatched) probe.awaitEvent(Topics.CASES_EVENTS,
                event -> event.data() instanceof CaseDispatched d && d.caseNumber().equals(caseNumber), wait)
                .orElseThrow(() -> new AssertionError("no gridline.case.dispatched for " + caseNumber)).data();
        Instant dispatchedAt = Instant.now().minus(Duration.ofHours(3));
        String copy = "990101-" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        String reportId = UUID.randomUUID().toString();
        publish(new CaseOpened(copy, reportId, real.categoryCode(), real.description(), real.cell(), real.point(),
                real.layerVersion(), SOURCE, dispatchedAt, real.residentTeam(), real.zone(),
                real.nearStreetBoundary(), real.urgency(), real.placement()));
        publish(new CaseDispatched(copy, reportId, realDispatch.team(), realDispatch.cellCode(), "system test",
                SOURCE, dispatchedAt, realDispatch.categoryCode(), realDispatch.urgency(), TimeLimit.hours(1),
                dispatchedAt.plus(Duration.ofMinutes(30)), realDispatch.assistingTeams()));
        return copy;
    }

    private void publish(GridlineEvent event) {
        EventEnvelope<?> envelope = EventEnvelope.wrap(event, UUID.randomUUID().toString(), Instant.now(),
                UUID.randomUUID().toString().replace("-", ""), SOURCE);
        Map<String, byte[]> headers = new LinkedHashMap<>();
        CloudEventHeaders.of(envelope).forEach((name, value) -> headers.put(name,
                value.getBytes(StandardCharsets.UTF_8)));
        probe.send(envelope.topic(), envelope.aggregateId(), codec.encode(envelope), headers);
    }
}
