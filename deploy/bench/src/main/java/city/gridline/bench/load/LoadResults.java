package city.gridline.bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

/**
 * The figures of one measured run, from the plan, intake's answers and the stage times seen on the broker. Time 0
 * is the start of the load; the load sends for {@code seconds}, the drain waits for late decisions after it.
 */
final class LoadResults {

    /** Width of the windows the latency over time is computed in. */
    static final int WINDOW_SECONDS = 5;

    record Outcome(String what, long count) {
    }

    record Hop(String what, Percentiles percentiles) {
    }

    /** Latency percentiles of the reports accepted in one window. */
    record Window(int fromSecond, Percentiles acceptedToDecided) {
    }

    final double seconds;
    final List<Outcome> outcomes = new ArrayList<>();
    final Map<String, Integer> errors;
    final List<Hop> hops = new ArrayList<>();
    final double acceptedPerSecond;
    /** Decisions made while the load was sent, per second of it. */
    final double decidedPerSecond;
    final int[] sentEachSecond;
    final int[] acceptedEachSecond;
    final int[] decidedEachSecond;
    final List<Window> windows = new ArrayList<>();
    final Percentiles senderLateness;

    LoadResults(List<PlannedReport> plan, Submissions submissions, StageTimes[] stages, long startNanos,
                double seconds, double drainSeconds) {
        this.seconds = seconds;
        int n = plan.size();
        int[] all = IntStream.range(0, n).toArray();
        int[] sent = IntStream.range(0, n).filter(i -> submissions.status[i] != Submissions.NOT_SENT).toArray();
        int[] accepted = IntStream.range(0, n).filter(submissions::accepted).toArray();
        int[] fresh = Arrays.stream(accepted).filter(i -> !submissions.duplicate[i]).toArray();
        int[] decided = Arrays.stream(fresh).filter(i -> stages[i].at(Stage.DECIDED) != 0).toArray();
        outcomes.add(new Outcome("planned", all.length));
        outcomes.add(new Outcome("  of which surge", Arrays.stream(all)
                .filter(i -> plan.get(i).source() == PlannedReport.Source.SURGE).count()));
        outcomes.add(new Outcome("sent", sent.length));
        outcomes.add(new Outcome("accepted (2xx)", accepted.length));
        outcomes.add(new Outcome("  merged into an earlier report (duplicateOf)", accepted.length - fresh.length));
        outcomes.add(new Outcome("seen on reports.received", count(fresh, stages, Stage.RECEIVED)));
        outcomes.add(new Outcome("seen on reports.located", count(fresh, stages, Stage.LOCATED)));
        outcomes.add(new Outcome("  of which unlocatable (outside every cell)",
                Arrays.stream(fresh).filter(i -> stages[i].unlocatable()).count()));
        outcomes.add(new Outcome("case opened", count(fresh, stages, Stage.OPENED)));
        outcomes.add(new Outcome("dispatched", Arrays.stream(decided).filter(i -> !stages[i].transferred()).count()));
        outcomes.add(new Outcome("transferred to the owning department",
                Arrays.stream(decided).filter(i -> stages[i].transferred()).count()));
        outcomes.add(new Outcome("accepted, not ended when the drain ran out",
                Arrays.stream(fresh).filter(i -> !stages[i].ended()).count()));
        errors = submissions.errorsByKind();

        hops.add(hop("sent → accepted (HTTP 2xx)", accepted, i -> submissions.answeredNanos[i] - submissions.sentNanos[i]));
        hops.add(hop("sent → on reports.received", stagedAfter(fresh, stages, Stage.RECEIVED),
                i -> stages[i].at(Stage.RECEIVED) - submissions.sentNanos[i]));
        hops.add(hop("received → on reports.located", stagedAfter(fresh, stages, Stage.RECEIVED, Stage.LOCATED),
                i -> stages[i].at(Stage.LOCATED) - stages[i].at(Stage.RECEIVED)));
        hops.add(hop("located → case opened", stagedAfter(fresh, stages, Stage.LOCATED, Stage.OPENED),
                i -> stages[i].at(Stage.OPENED) - stages[i].at(Stage.LOCATED)));
        hops.add(hop("case opened → dispatched/transferred", stagedAfter(fresh, stages, Stage.OPENED, Stage.DECIDED),
                i -> stages[i].at(Stage.DECIDED) - stages[i].at(Stage.OPENED)));
        hops.add(hop("**accepted → dispatched/transferred**", decided,
                i -> stages[i].at(Stage.DECIDED) - submissions.answeredNanos[i]));
        hops.add(hop("sent → dispatched/transferred", decided,
                i -> stages[i].at(Stage.DECIDED) - submissions.sentNanos[i]));

        long end = startNanos + (long) (seconds * 1e9);
        acceptedPerSecond = Arrays.stream(accepted).filter(i -> submissions.answeredNanos[i] <= end).count() / seconds;
        decidedPerSecond = Arrays.stream(decided).filter(i -> stages[i].at(Stage.DECIDED) <= end).count() / seconds;
        int span = (int) Math.ceil(seconds + drainSeconds);
        sentEachSecond = perSecond(sent, i -> submissions.sentNanos[i], startNanos, span);
        acceptedEachSecond = perSecond(accepted, i -> submissions.answeredNanos[i], startNanos, span);
        decidedEachSecond = perSecond(decided, i -> stages[i].at(Stage.DECIDED), startNanos, span);
        for (int from = 0; from < seconds; from += WINDOW_SECONDS) {
            long windowStart = startNanos + from * 1_000_000_000L;
            long windowEnd = windowStart + WINDOW_SECONDS * 1_000_000_000L;
            long[] latencies = Arrays.stream(decided)
                    .filter(i -> submissions.answeredNanos[i] >= windowStart && submissions.answeredNanos[i] < windowEnd)
                    .mapToLong(i -> stages[i].at(Stage.DECIDED) - submissions.answeredNanos[i]).toArray();
            windows.add(new Window(from, Percentiles.of(latencies)));
        }
        senderLateness = Percentiles.of(Arrays.stream(sent)
                .mapToLong(i -> submissions.sentNanos[i] - submissions.scheduledNanos[i]).toArray());
    }

    private static long count(int[] reports, StageTimes[] stages, Stage stage) {
        return Arrays.stream(reports).filter(i -> stages[i].at(stage) != 0).count();
    }

    private static int[] stagedAfter(int[] reports, StageTimes[] stages, Stage... reached) {
        return Arrays.stream(reports).filter(i -> Arrays.stream(reached).allMatch(s -> stages[i].at(s) != 0)).toArray();
    }

    private static Hop hop(String what, int[] reports, ToLongFunction<Integer> nanos) {
        return new Hop(what, Percentiles.of(Arrays.stream(reports).mapToLong(i -> nanos.applyAsLong(i)).toArray()));
    }

    /** How many of the reports' moments fall in each second after the start. */
    static int[] perSecond(int[] reports, ToLongFunction<Integer> at, long startNanos, int seconds) {
        int[] counts = new int[seconds];
        for (int i : reports) {
            long second = (at.applyAsLong(i) - startNanos) / 1_000_000_000L;
            if (second >= 0 && second < seconds) {
                counts[(int) second]++;
            }
        }
        return counts;
    }
}
