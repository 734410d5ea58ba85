package city.gridline.bench.load;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open-loop load: each planned report is sent at its time whatever became of the earlier ones (a slow answer
 * does not slow the load, as it would not slow the citizens), over as many connections as there are requests in
 * flight, up to a cap; a report due while the cap is reached is not sent and counted as such.
 */
final class OpenLoop {

    private static final Pattern REPORT_ID = Pattern.compile("\"reportId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern DUPLICATE_OF = Pattern.compile("\"duplicateOf\"\\s*:\\s*\"");

    private OpenLoop() {
    }

    /** Sends the plan from {@code startNanos} on; returns when every request has been answered or has failed. */
    static Submissions run(List<PlannedReport> plan, GridlineClient client, int maxInFlight, long startNanos,
                           Duration answerWithin) throws InterruptedException {
        Submissions submissions = new Submissions(plan.size());
        Semaphore inFlight = new Semaphore(maxInFlight);
        CountDownLatch done = new CountDownLatch(plan.size());
        for (int i = 0; i < plan.size(); i++) {
            PlannedReport report = plan.get(i);
            long due = startNanos + report.atNanos();
            submissions.scheduledNanos[i] = due;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                submissions.status[i] = Submissions.NOT_SENT;
                done.countDown();
                continue;
            }
            int index = i;
            submissions.sentNanos[i] = System.nanoTime();
            client.postJson("/api/v1/reports", json(report)).whenComplete((response, failure) -> {
                submissions.answeredNanos[index] = System.nanoTime();
                if (failure != null) {
                    submissions.status[index] = Submissions.NO_ANSWER;
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    submissions.failure[index] = cause.getClass().getSimpleName();
                } else {
                    record(submissions, index, response);
                }
                inFlight.release();
                done.countDown();
            });
        }
        if (!done.await(answerWithin.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(done.getCount() + " requests neither answered nor failed within "
                    + answerWithin);
        }
        return submissions;
    }

    private static void record(Submissions submissions, int index, HttpResponse<String> response) {
        submissions.status[index] = response.statusCode();
        Matcher id = REPORT_ID.matcher(response.body());
        if (id.find()) {
            submissions.reportId[index] = id.group(1);
        }
        submissions.duplicate[index] = DUPLICATE_OF.matcher(response.body()).find();
    }

    /** The 12319 hotline's JSON report, as the system tests send it. */
    static String json(PlannedReport report) {
        return String.format(Locale.ROOT, """
                {"channel": "12319", "sourceTicketId": "%s", "categoryCode": "%s", "description": "311: %s",
                 "location": {"lon": %.6f, "lat": %.6f, "crs": "GCJ02"}, "address": "朝阳区",
                 "reporter": {"name": "张三", "phone": "13812345678"}}""",
                report.ticket(), report.categoryCode(), jsonText(report.requestType()), report.lon(), report.lat());
    }

    private static String jsonText(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
