package city.gridline.bench.load;

import java.util.Map;
import java.util.TreeMap;

/**
 * What became of each planned report at intake, by its index in the plan: when it was sent and answered
 * ({@link System#nanoTime()}), the status, the report id and whether intake merged it into an earlier report. Each
 * index is written once, by the thread completing its request; read after every request has completed.
 */
final class Submissions {

    /** Status of a report never sent because the in-flight cap was reached. */
    static final int NOT_SENT = -1;
    /** Status of a request that failed without an HTTP answer. */
    static final int NO_ANSWER = -2;

    final long[] scheduledNanos;
    final long[] sentNanos;
    final long[] answeredNanos;
    final int[] status;
    final String[] reportId;
    final boolean[] duplicate;
    final String[] failure;

    Submissions(int size) {
        scheduledNanos = new long[size];
        sentNanos = new long[size];
        answeredNanos = new long[size];
        status = new int[size];
        reportId = new String[size];
        duplicate = new boolean[size];
        failure = new String[size];
    }

    int size() {
        return status.length;
    }

    boolean accepted(int i) {
        return status[i] >= 200 && status[i] < 300;
    }

    /** Counts of every outcome that is not a 2xx: "HTTP 429", "not sent (in-flight cap)", "HttpTimeoutException" … */
    Map<String, Integer> errorsByKind() {
        Map<String, Integer> kinds = new TreeMap<>();
        for (int i = 0; i < size(); i++) {
            if (!accepted(i)) {
                kinds.merge(kind(i), 1, Integer::sum);
            }
        }
        return kinds;
    }

    private String kind(int i) {
        return switch (status[i]) {
            case NOT_SENT -> "not sent (in-flight cap reached)";
            case NO_ANSWER -> failure[i];
            default -> "HTTP " + status[i];
        };
    }
}
