package city.gridline.notification.reporters;

import city.gridline.contracts.SealedContact;
import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.notification.delivery.adapter.mongo.MongoNotificationStore;
import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.Notification;
import city.gridline.notification.delivery.domain.Recipient;
import city.gridline.notification.delivery.domain.RenderedMessage;
import city.gridline.notification.delivery.domain.SealedAddress;
import city.gridline.notification.register.adapter.mongo.MongoCaseRecordStore;
import city.gridline.notification.register.domain.CaseRecord;
import city.gridline.notification.register.domain.CaseStatus;
import city.gridline.notification.reporters.adapter.mongo.MongoReporterStore;
import city.gridline.notification.reporters.application.CitizenContacts;
import city.gridline.notification.reporters.domain.Reporter;
import city.gridline.servicekit.retention.ContactErasure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Citizens' numbers dropped once their cases ended long enough ago, on the service's own stores. */
class ContactErasureIT extends NotificationIntegrationTest {

    private static final Duration KEEP_FOR = Duration.ofDays(180);
    private static final Duration LONGEST = Duration.ofDays(730);
    private static final SealedContact SEALED = new SealedContact("k1", "bm9uY2U=", "Y2lwaGVy");

    @Autowired
    MongoReporterStore reporters;

    @Autowired
    MongoCaseRecordStore register;

    @Autowired
    MongoNotificationStore notifications;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final Map<String, String> primaries = new HashMap<>();

    @Test
    void theNumbersOfCasesThatEndedLongEnoughAgoAndOfReportsPastTheLongestAreDroppedTheOthersKept() {
        // only what came due after this is looked at: the other tests' cases ended just now
        reporters.markContactsErasedUpTo(now.minus(Duration.ofDays(400))).block();
        String closedLongAgo = caseOf(CaseStatus.CLOSED, 200);
        String closedLately = caseOf(CaseStatus.CLOSED, 10);
        String openLongAgo = caseOf(CaseStatus.DISPATCHED, 200);
        String primary = reporter(reportOf(closedLongAgo), reportOf(closedLongAgo), 250);
        String repeat = reporter("repeat-" + UUID.randomUUID(), reportOf(closedLongAgo), 249);
        String lately = reporter(reportOf(closedLately), reportOf(closedLately), 50);
        String open = reporter(reportOf(openLongAgo), reportOf(openLongAgo), 250);
        String unlocatable = "unlocatable-" + UUID.randomUUID();
        String neverACase = reporter(unlocatable, unlocatable, 800);
        String unlocatableLately = "unlocatable-" + UUID.randomUUID();
        String recentlyNoCase = reporter(unlocatableLately, unlocatableLately, 300);
        String toTheCitizen = notification(closedLongAgo, Recipient.citizen(primary, SealedAddress.of(SEALED)), 250);
        String toTheTeam = notification(closedLongAgo, Recipient.team("T1", "13800138000"), 250);
        String toTheOpenCase = notification(openLongAgo, Recipient.citizen(open, SealedAddress.of(SEALED)), 250);
        String unlocatableText = notification(null, Recipient.citizen(neverACase, SealedAddress.of(SEALED)), 800);
        ContactErasure erasure = new ContactErasure(new CitizenContacts(register, reporters, notifications),
                Clock.fixed(now, ZoneOffset.UTC), KEEP_FOR, LONGEST);

        assertThat(erasure.erase().block()).as("numbers dropped").isEqualTo(5);

        assertThat(contactOf(primary)).isNull();
        assertThat(contactOf(repeat)).as("a repeat follows the case it joined").isNull();
        assertThat(contactOf(neverACase)).as("past the longest").isNull();
        assertThat(contactOf(lately)).as("ended lately").isNotNull();
        assertThat(contactOf(open)).as("still open").isNotNull();
        assertThat(contactOf(recentlyNoCase)).isNotNull();
        assertThat(addressOf(toTheCitizen)).isEqualTo(SealedAddress.ERASED);
        assertThat(addressOf(unlocatableText)).isEqualTo(SealedAddress.ERASED);
        assertThat(addressOf(toTheTeam)).as("a team's duty phone is no citizen's").isEqualTo("13800138000");
        assertThat(addressOf(toTheOpenCase)).startsWith("sealed:");
        assertThat(reporters.contactsErasedUpTo().block()).isEqualTo(now.minus(KEEP_FOR));
        assertThat(erasure.erase().block()).as("nothing left to drop").isZero();
    }

    private String caseOf(CaseStatus status, int daysAgo) {
        String caseNumber = "990101-" + UUID.randomUUID().toString().substring(0, 8);
        Instant ended = status.isFinal() ? now.minus(Duration.ofDays(daysAgo)) : null;
        register.save(new CaseRecord(caseNumber, "report-" + caseNumber, null, "0101", null, status, null, null,
                now.minus(Duration.ofDays(daysAgo + 30)), List.of(), null, null, List.of(), ended, List.of(), null,
                null, null, List.of(), List.of(), 0)).block();
        return caseNumber;
    }

    private static String reportOf(String caseNumber) {
        return "report-" + caseNumber;
    }

    private String reporter(String reportId, String primaryReportId, int receivedDaysAgo) {
        reporters.register(UUID.randomUUID().toString(), new Reporter(reportId, primaryReportId, "12319",
                "T-" + reportId, "138****5678", SEALED, now.minus(Duration.ofDays(receivedDaysAgo)))).block();
        primaries.put(reportId, primaryReportId);
        return reportId;
    }

    private String notification(String caseNumber, Recipient recipient, int daysAgo) {
        String id = UUID.randomUUID().toString();
        Instant created = now.minus(Duration.ofDays(daysAgo));
        notifications.insertIfAbsent(Notification.pending(id, Channel.SMS, recipient,
                new RenderedMessage("case-closed", "【城管】您反映的问题已办结"), caseNumber, false, created, created)).block();
        return id;
    }

    private SealedContact contactOf(String reportId) {
        return reporters.following(primaries.get(reportId)).filter(r -> r.reportId().equals(reportId))
                .blockFirst().contact();
    }

    private String addressOf(String notificationId) {
        return notifications.findById(notificationId).block().recipient().address();
    }
}
