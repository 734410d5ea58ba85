package city.gridline.notification.callback;

import city.gridline.contracts.TeamRef;
import city.gridline.notification.CaseEventsFixture;
import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.notification.callback.adapter.mongo.MongoCallbackStore;
import city.gridline.notification.callback.domain.CallbackResult;
import city.gridline.notification.callback.domain.CallbackTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The call-back results' outbox on the service's own store: recorded unpublished, until published. */
class CallbackOutboxIT extends NotificationIntegrationTest {

    @Autowired
    MongoCallbackStore store;

    private final Instant closedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(3600);

    @Test
    void aRecordedResultWaitsForTheRelayUntilItIsPublished() {
        String caseNumber = CaseEventsFixture.aCaseNumber();
        store.insertIfAbsent(CallbackTask.open(caseNumber, "report-" + caseNumber,
                new TeamRef("T110105001024", "南郎家园综合执法组"), "朝阳区", "建外街道", closedAt)).block();
        Instant recordedAt = closedAt.plusSeconds(600);

        CallbackTask done = store.recordResult(caseNumber, CallbackResult.UNSATISFIED, "", "operator-7", recordedAt)
                .block();

        assertThat(unpublishedBefore(recordedAt)).doesNotContain(caseNumber);
        assertThat(unpublishedBefore(recordedAt.plusSeconds(1))).contains(caseNumber);
        store.markPublished(caseNumber, done.recordedAt()).block();
        assertThat(unpublishedBefore(recordedAt.plusSeconds(1))).doesNotContain(caseNumber);
    }

    @Test
    void aLaterClosureOpensTheTaskWithNothingLeftToPublish() {
        String caseNumber = CaseEventsFixture.aCaseNumber();
        store.insertIfAbsent(CallbackTask.open(caseNumber, "report-" + caseNumber,
                new TeamRef("T110105001024", "南郎家园综合执法组"), "朝阳区", "建外街道", closedAt)).block();
        store.recordResult(caseNumber, CallbackResult.UNSATISFIED, "", "operator-7", closedAt.plusSeconds(600))
                .block();

        store.openForLaterClosure(CallbackTask.open(caseNumber, "report-" + caseNumber,
                new TeamRef("T110105001024", "南郎家园综合执法组"), "朝阳区", "建外街道", closedAt.plusSeconds(1200)))
                .block();

        assertThat(unpublishedBefore(closedAt.plusSeconds(3600))).doesNotContain(caseNumber);
    }

    private List<String> unpublishedBefore(Instant before) {
        return store.unpublishedBefore(before).map(CallbackTask::caseNumber).collectList().block();
    }
}
