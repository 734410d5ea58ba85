package city.gridline.notification.reporters;

import city.gridline.contracts.SealedContact;
import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.notification.reporters.adapter.mongo.MongoReporterStore;
import city.gridline.notification.reporters.domain.Reporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found in review: a registration delivered again — after a crash before the offset was committed, or replayed from
 * the dead-letter topic — put back what later events had changed.
 */
class ReporterRegistrationIT extends NotificationIntegrationTest {

    private static final SealedContact SEALED = new SealedContact("k1", "bm9uY2U=", "Y2lwaGVy");

    @Autowired
    MongoReporterStore reporters;

    private final String original = "report-" + UUID.randomUUID();
    private final String repeat = "repeat-" + UUID.randomUUID();
    private final String registration = UUID.randomUUID().toString();

    @Test
    void aRegistrationDeliveredAgainDoesNotUndoALaterMerge() {
        String kept = "report-" + UUID.randomUUID();
        reporters.register(registration, reporter(repeat, original)).block();
        reporters.follow(original, kept).block();

        Reporter stored = reporters.register(registration, reporter(repeat, original)).block();

        assertThat(stored.primaryReportId()).isEqualTo(kept);
        assertThat(reportsFollowing(kept)).containsExactly(repeat);
        assertThat(reportsFollowing(original)).isEmpty();
    }

    @Test
    void aRegistrationDeliveredAgainDoesNotUndoALaterUnlink() {
        reporters.register(registration, reporter(repeat, original)).block();
        reporters.register(UUID.randomUUID().toString(), reporter(repeat, repeat)).block();

        reporters.register(registration, reporter(repeat, original)).block();

        assertThat(reportsFollowing(repeat)).containsExactly(repeat);
        assertThat(reportsFollowing(original)).isEmpty();
    }

    @Test
    void aRegistrationDeliveredAgainDoesNotBringBackAnErasedNumber() {
        reporters.register(registration, reporter(original, original)).block();
        reporters.eraseContacts(List.of(original)).block();

        Reporter stored = reporters.register(registration, reporter(original, original)).block();

        assertThat(stored.contact()).isNull();
        assertThat(reporters.following(original).blockFirst().contact()).isNull();
    }

    @Test
    void aNewRegistrationOfTheSameReportReplacesWhatWasKnown() {
        reporters.register(registration, reporter(repeat, original)).block();

        Reporter stored = reporters.register(UUID.randomUUID().toString(), reporter(repeat, repeat)).block();

        assertThat(stored).isEqualTo(reporter(repeat, repeat));
        assertThat(reporters.following(repeat).collectList().block()).containsExactly(reporter(repeat, repeat));
    }

    private List<String> reportsFollowing(String primaryReportId) {
        return reporters.following(primaryReportId).map(Reporter::reportId).collectList().block();
    }

    private static Reporter reporter(String reportId, String primaryReportId) {
        return new Reporter(reportId, primaryReportId, "12319", "T-" + reportId, "138****5678", SEALED,
                Instant.parse("2026-11-20T02:00:00Z").truncatedTo(ChronoUnit.MILLIS));
    }
}
