package city.gridline.campaigns;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash campaign: while hotline reports pour into intake, each of intake, grid, dispatch, notification and the
 * Kafka broker in turn is killed with SIGKILL, left dead a moment and started again; the hotline retries every
 * refused report under its ticket. Then the books are balanced ({@link Reconciliation}): every report that got a
 * 2xx has exactly one case or follows one as a merged repeat, none opened two, no case is dispatched twice, and
 * every consumer group catches up with its topics. The MongoDB server is not killed: it is mongo-java-server, whose
 * durability is not Gridline's to test (a real deployment runs a replica set). {@link CrashSettings} says how hard.
 */
class CrashCampaignIT {

    /** Longer than the relays' period and age (intake's and dispatch's outbox: every 5 s, changes older than 10 s). */
    private static final Duration RELAYS = Duration.ofSeconds(30);

    @Test
    void noAcceptedReportIsLostAndNoCaseIsDispatchedTwiceWhateverCrashes() {
        CrashSettings settings = CrashSettings.fromSystemProperties();
        Instant began = Instant.now();
        List<String> crashes = new ArrayList<>();
        try (CrashStack stack = CrashStack.start();
             HotlineTraffic hotline = new HotlineTraffic(new CampaignClient(stack::uri), settings,
                     stack.hotlineAuthorization())) {
            log("stack ready in %ds (logs in %s); %s", seconds(began), stack.logs(), settings.options());
            Instant trafficBegan = Instant.now();
            hotline.start();
            Pause.during(settings.calm());
            for (int round = 1; round <= settings.rounds(); round++) {
                for (String target : CrashStack.TARGETS) {
                    crashes.add(crash(stack, target, settings, round));
                    Pause.during(settings.calm());
                }
            }
            int unsettled = hotline.finish();
            long trafficSeconds = seconds(trafficBegan);

            // Consumers first: until they have caught up, a report without a case is on its way, not lost. Then the
            // outbox relays get half a minute to publish what a crash left recorded but unpublished.
            ConsumerProgress consumers = new ConsumerProgress(stack.kafkaBootstrapServers());
            consumers.awaitCaughtUp(Instant.now().plus(settings.settle()));
            Instant relayed = Instant.now().plus(RELAYS);
            Reconciliation books = Reconciliation.of(hotline.accepted().values(),
                    EventLedger.read(stack.kafkaBootstrapServers()));
            while (!books.clean() && Instant.now().isBefore(relayed)) {
                Pause.during(Duration.ofSeconds(3));
                books = Reconciliation.of(hotline.accepted().values(), EventLedger.read(stack.kafkaBootstrapServers()));
            }
            Map<String, Long> lag = consumers.awaitCaughtUp(Instant.now().plus(RELAYS));
            Map<String, Long> deadLetters = consumers.deadLetters();

            printSummary(settings, hotline, unsettled, books, lag, deadLetters, crashes, trafficSeconds,
                    seconds(began));
            assertThat(stack.exited()).as("services that died without being killed").isEmpty();
            assertThat(hotline.rejected()).as("reports refused for good (4xx)").isEmpty();
            assertThat(hotline.refusals().keySet()).as("server errors other than 503, try again")
                    .noneMatch(kind -> kind.startsWith("5") && !kind.equals("503"));
            assertThat(hotline.abandoned()).as("reports still refused after retrying for minutes").isEmpty();
            assertThat(unsettled).as("reports the campaign's senders were still retrying when the traffic stopped")
                    .isZero();
            assertThat(books.lost()).as("accepted reports without a case").isEmpty();
            assertThat(books.doubled()).as("reports filed twice, cases opened or dispatched twice").isEmpty();
            assertThat(lag).as("consumer groups behind their topics").allSatisfy((group, behind) ->
                    assertThat(behind).as(group).isZero());
            assertThat(deadLetters).as("records consumers gave up on").isEmpty();
            assertThat(lag).as("the services' consumer groups").containsKeys("intake", "grid", "dispatch",
                    "notification");
        }
    }

    /** Kills a target, leaves it dead for the downtime, starts it again; answers what happened, with timings. */
    private static String crash(CrashStack stack, String target, CrashSettings settings, int round) {
        Instant killed = Instant.now();
        stack.kill(target);
        log("round %d: killed %s (SIGKILL)", round, target);
        Pause.during(settings.downtime());
        stack.restart(target);
        long downSeconds = seconds(killed);
        log("round %d: %s ready again %ds after the kill", round, target, downSeconds);
        return "round %d %s: down %ds".formatted(round, target, downSeconds);
    }

    private static void printSummary(CrashSettings settings, HotlineTraffic hotline, int unsettled,
                                     Reconciliation books, Map<String, Long> lag, Map<String, Long> deadLetters,
                                     List<String> crashes, long trafficSeconds, long totalSeconds) {
        StringBuilder summary = new StringBuilder("\n=== crash campaign: reconciliation ===\n");
        summary.append("settings            ").append(settings.options()).append('\n');
        crashes.forEach(crash -> summary.append("crash               ").append(crash).append('\n'));
        summary.append("traffic             ").append(trafficSeconds).append(" s, ").append(totalSeconds)
                .append(" s in all\n");
        summary.append("reports sent        ").append(hotline.sent()).append(" (")
                .append(hotline.attempts()).append(" requests)\n");
        summary.append("accepted (2xx)      ").append(books.accepted()).append('\n');
        summary.append("refused, retried    ").append(hotline.refusals()).append('\n');
        summary.append("rejected (4xx)      ").append(hotline.rejected().size()).append('\n');
        summary.append("abandoned           ").append(hotline.abandoned().size()).append('\n');
        summary.append("still being retried ").append(unsettled).append(" (when the traffic stopped)\n");
        summary.append("cases               ").append(books.cases().size()).append(" (").append(books.ownCases())
                .append(" reports with their own case)\n");
        summary.append("dispatches          ").append(books.dispatches()).append(" (distinct dispatched events)\n");
        summary.append("repeats linked      ").append(books.repeatsLinked()).append('\n');
        summary.append("unlocatable         ").append(books.unlocatable()).append('\n');
        summary.append("republished events  ").append(books.republished())
                .append(" (same event id again on cases.events)\n");
        summary.append("LOST                ").append(books.lost().size()).append('\n');
        summary.append("DOUBLED             ").append(books.doubled().size()).append('\n');
        lag.forEach((group, behind) -> summary.append("lag ").append(String.format("%-16s", group)).append(behind)
                .append('\n'));
        summary.append("dead letters        ").append(deadLetters).append('\n');
        books.lost().stream().limit(20).forEach(lost -> summary.append("  lost: ").append(lost).append('\n'));
        books.doubled().stream().limit(20).forEach(doubled -> summary.append("  doubled: ").append(doubled)
                .append('\n'));
        hotline.rejected().entrySet().stream().limit(5).forEach(e -> summary.append("  rejected: ")
                .append(e.getKey()).append(' ').append(e.getValue()).append('\n'));
        System.out.println(summary);
        try {
            Files.writeString(Path.of("target", "crash-summary.txt"), summary.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long seconds(Instant since) {
        return Duration.between(since, Instant.now()).toSeconds();
    }

    private static void log(String format, Object... arguments) {
        System.out.println("[crash] " + String.format(format, arguments));
    }
}
