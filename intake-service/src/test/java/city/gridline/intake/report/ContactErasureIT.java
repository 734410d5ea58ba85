package city.gridline.intake.report;

import city.gridline.contracts.Channel;
import city.gridline.contracts.ContactSeal;
import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.intake.report.adapter.mongo.MongoReportStore;
import city.gridline.intake.report.domain.AcceptedReport;
import city.gridline.intake.report.domain.ReportProgress;
import city.gridline.intake.report.domain.ReportStatus;
import city.gridline.intake.report.domain.ReportSubmission;
import city.gridline.servicekit.retention.ContactErasure;
import city.gridline.testkit.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reporters' sealed numbers dropped once their reports have ended long enough ago, on intake's own store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ContactErasureIT extends ServiceIntegrationTest {

    private static final Duration KEEP_FOR = Duration.ofDays(180);
    private static final Duration LONGEST = Duration.ofDays(730);

    @Autowired
    MongoReportStore store;

    @Value("${gridline.contact-key}")
    String contactKey;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void theNumbersOfReportsThatEndedLongEnoughAgoAndOfTheirRepeatsAreDroppedOnceTheOthersKept() {
        // only reports that ended after this are looked at: the other tests' reports ended just now
        store.markErasedUpTo(now.minus(Duration.ofDays(400))).block();
        String closedLongAgo = recorded(null);
        String repeat = recorded(closedLongAgo);
        String openLongAgo = recorded(null);
        String openForYears = recorded(null, 800);
        String closedLately = recorded(null);
        String cancelledLongAgo = recorded(null);
        progress(closedLongAgo, ReportStatus.CLOSED, 200);
        progress(openLongAgo, ReportStatus.IN_PROGRESS, 200);
        progress(closedLately, ReportStatus.CLOSED, 10);
        progress(cancelledLongAgo, ReportStatus.CANCELLED, 181);
        progress(openForYears, ReportStatus.BACKLOGGED, 500);
        ContactErasure erasure = new ContactErasure(store, Clock.fixed(now, ZoneOffset.UTC), KEEP_FOR, LONGEST);

        assertThat(erasure.erase().block()).as("numbers dropped").isEqualTo(4);

        assertThat(store.findAccepted(closedLongAgo).block().contact()).isNull();
        assertThat(store.findAccepted(repeat).block().contact()).as("a repeat follows its report").isNull();
        assertThat(store.findAccepted(cancelledLongAgo).block().contact()).isNull();
        assertThat(store.findAccepted(openLongAgo).block().contact()).as("still open").isNotNull();
        assertThat(store.findAccepted(openForYears).block().contact()).as("past the longest").isNull();
        assertThat(store.findAccepted(closedLately).block().contact()).as("ended lately").isNotNull();
        assertThat(store.findAccepted(closedLongAgo).block().report().reporter().phone())
                .as("the masked number stays").isEqualTo("138****5678");
        assertThat(store.findAccepted(closedLongAgo).block().fingerprint())
                .as("its digest covered the raw number").isEqualTo(AcceptedReport.FINGERPRINT_ERASED);
        assertThat(store.findAccepted(repeat).block().fingerprint()).isEqualTo(AcceptedReport.FINGERPRINT_ERASED);
        assertThat(store.findAccepted(openLongAgo).block().fingerprint())
                .isNotEqualTo(AcceptedReport.FINGERPRINT_ERASED);
        assertThat(store.erasedUpTo().block()).isEqualTo(now.minus(KEEP_FOR));
        assertThat(erasure.erase().block()).as("nothing left to drop").isZero();
    }

    @Test
    void keepingTimesThatMakeNoSenseAreRefused() {
        assertThatThrownBy(() -> new ContactErasure(store, Clock.systemUTC(), Duration.ZERO, LONGEST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContactErasure(store, Clock.systemUTC(), KEEP_FOR, Duration.ofDays(90)))
                .as("the longest shorter than the time after the end").isInstanceOf(IllegalArgumentException.class);
    }

    private String recorded(String duplicateOf) {
        return recorded(duplicateOf, 300);
    }

    private String recorded(String duplicateOf, int receivedDaysAgo) {
        String id = UUID.randomUUID().toString();
        ReportSubmission submission = new ReportSubmission(Channel.HOTLINE_12319, "erasure-" + id, "0101", "井盖破损",
                new GeoPoint(116.45, 39.92, Crs.GCJ02), "朝阳区", "张三", "13812345678", Set.of(), null);
        AcceptedReport accepted = AcceptedReport.accept(submission, id, "event-" + id, "trace-" + id,
                now.minus(Duration.ofDays(receivedDaysAgo)), ContactSeal.withKey("k1", contactKey), null);
        AcceptedReport stored = duplicateOf == null ? accepted : new AcceptedReport(accepted.eventId(),
                accepted.traceId(), accepted.fingerprint(), false, accepted.report(), accepted.normalizations(),
                accepted.source(), accepted.contact(), duplicateOf, "same problem, 20 m away", accepted.filedBy(),
                false, null);
        store.insertOrFindByTicket(stored).block();
        assertThat(store.findAccepted(id).block().contact()).isNotNull();
        return id;
    }

    private void progress(String reportId, ReportStatus status, int daysAgo) {
        store.apply(new ReportProgress(reportId, status, null, now.minus(Duration.ofDays(daysAgo)), "C-" + reportId,
                null, null, null, null, null, null, null)).block();
    }
}
