package city.gridline.campaigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends one request and checks what every answer must be ({@link RefusalRules}) and that a refused request wrote
 * nothing: the receiving service's collections and the topics it produces have the same counts and end offsets
 * after the request as before. The check is scoped to those because the other services' scheduled jobs (deadline
 * watch, due notifications, sign watch, relays) may write at any time; after an accepted change the campaign waits
 * until every store is quiet, so that the pipeline it set going is not blamed on the next request.
 */
final class Campaign {

    private static final Map<String, List<String>> PRODUCED_TOPICS = Map.of(
            "intake-service", List.of("reports.received", "reports.reporters"),
            "grid-service", List.of("reports.located"),
            "dispatch-service", List.of("cases.events", "catalogue.events"),
            "notification-service", List.of("notifications.events"));

    private final CampaignClient http;
    private final WriteProbe probe;
    private final Tally tally;
    private final List<String> findings = new ArrayList<>();

    Campaign(CampaignClient http, WriteProbe probe, Tally tally) {
        this.http = http;
        this.probe = probe;
        this.tally = tally;
    }

    Answer attempt(BadRequest request) {
        return attempt(request, false);
    }

    /** {@code replay}: the request repeats one already acted on, so even a 2xx must write nothing. */
    Answer attempt(BadRequest request, boolean replay) {
        StoreSnapshot before = probe.snapshot();
        Answer answer = http.send(request);
        tally.record(request, answer);
        RefusalRules.broken(request, answer).ifPresent(fault -> finding(request, answer, fault));
        boolean refused = answer.status() >= 400 || answer.status() < 0;
        if (refused || replay) {
            var changes = before.changesUntil(probe.snapshot(), scopeOf(request.service()));
            if (!changes.isEmpty()) {
                finding(request, answer, (refused ? "refused" : "replayed") + " request wrote " + changes);
            }
        } else if (!request.method().equals("GET")) {
            probe.settle();
        }
        return answer;
    }

    void expect(boolean holds, BadRequest request, Answer answer, String expectation) {
        if (!holds) {
            finding(request, answer, "expected " + expectation);
        }
    }

    /** Fails, listing them, if there were findings since the last call; {@code what} names the test. */
    void requireNoNewFindings(String what) {
        List<String> taken = List.copyOf(findings);
        findings.clear();
        assertThat(taken).as(what + ": " + taken.size() + " finding(s):\n" + String.join("\n", taken)).isEmpty();
    }

    private void finding(BadRequest request, Answer answer, String fault) {
        String finding = request.operation() + " — " + fault
                + "\n    request: " + request + "\n    answer: " + answer;
        findings.add(finding);
        tally.finding(finding);
    }

    private static Predicate<String> scopeOf(String service) {
        String database = "gridline_" + service.replace("-service", "") + ".";
        List<String> topics = PRODUCED_TOPICS.get(service);
        return key -> key.startsWith(database) || topics.stream().anyMatch(topic -> key.startsWith(topic + ":"));
    }
}
