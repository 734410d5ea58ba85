package city.gridline.intake.report.domain;

import city.gridline.contracts.Channel;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptedReportTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void aRetryIsTheSameSubmissionOnlyWithTheSameContentUntilTheFingerprintIsErased() {
        AcceptedReport first = accepted("13812345678");
        AcceptedReport retry = accepted("13812345678");
        AcceptedReport other = accepted("13987654321");
        AcceptedReport erased = new AcceptedReport(first.eventId(), first.traceId(), AcceptedReport.FINGERPRINT_ERASED,
                true, first.report(), first.normalizations(), first.source(), null, null, null, null, false, null);

        assertThat(first.sameSubmissionAs(retry)).isTrue();
        assertThat(first.sameSubmissionAs(other)).as("another number under the same ticket").isFalse();
        assertThat(erased.sameSubmissionAs(other)).as("nothing left to tell them apart by").isTrue();
    }

    private static AcceptedReport accepted(String phone) {
        ReportSubmission submission = new ReportSubmission(Channel.HOTLINE_12319, "T-7", "0101", "井盖破损", null,
                "朝阳区工体北路", "张三", phone).normalized();
        return AcceptedReport.accept(submission, "report-1", "event-1", "trace-1", NOW, null, null);
    }
}
