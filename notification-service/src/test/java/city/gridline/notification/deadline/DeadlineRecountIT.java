package city.gridline.notification.deadline;

import city.gridline.contracts.TimeLimit;
import city.gridline.notification.CaseEventsFixture;
import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.notification.calendar.domain.CalendarFixture;
import city.gridline.notification.config.NotificationProperties;
import city.gridline.notification.deadline.adapter.mongo.MongoDeadlineStore;
import city.gridline.notification.deadline.application.DeadlineRecount;
import city.gridline.notification.deadline.application.DeadlineRecount.Kind;
import city.gridline.notification.deadline.domain.CaseDeadline;
import city.gridline.notification.deadline.domain.DeadlineClock;
import city.gridline.notification.deadline.domain.DeadlineRules;
import city.gridline.notification.deadline.domain.DeadlineState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored deadlines counted again when next year's holiday notice is loaded: on the service's own MongoDB store,
 * with the service's rules as the old ones and the same rules on a calendar with a 2027 notice as the new.
 */
class DeadlineRecountIT extends NotificationIntegrationTest {

    /** Monday 2026-12-28 10:00 in Beijing, five working days: due 2027-01-05 00:00 without the notice, 01-06 with. */
    private static final Instant DISPATCHED = Instant.parse("2026-12-28T02:00:00Z");
    private static final Instant DUE_WITHOUT_NOTICE = Instant.parse("2027-01-04T16:00:00Z");
    private static final Instant DUE_WITH_NOTICE = Instant.parse("2027-01-05T16:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-29T01:00:00Z");

    @Autowired
    MongoDeadlineStore store;

    @Autowired
    DeadlineRules rules;

    @Autowired
    NotificationProperties properties;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void theNoticeMovesRunningDeadlinesOnceAndAnInstanceOnTheOldListsLeavesThem() {
        DeadlineRules with2027 = rulesOn2027();
        store.markCountedBy(rules.countingRules()).block();
        String running = started();
        String overdue = started();
        store.update(announced(store.find(overdue).block(), DeadlineState.OVERDUE)).block();

        DeadlineRecount.Outcome first = new DeadlineRecount(store, with2027).recountIfRulesChanged(NOW).block();

        assertThat(first.kind()).isEqualTo(Kind.RECOUNTED);
        assertThat(first.moved()).isPositive().isLessThanOrEqualTo(first.examined());
        assertThat(store.find(running).block().dueAt()).isEqualTo(DUE_WITH_NOTICE);
        assertThat(store.find(overdue).block().dueAt()).as("announced overdue: kept").isEqualTo(DUE_WITHOUT_NOTICE);
        assertThat(store.countedBy().block()).isEqualTo(with2027.countingRules());

        long version = store.find(running).block().version();
        assertThat(new DeadlineRecount(store, with2027).recountIfRulesChanged(NOW).block().kind())
                .isEqualTo(Kind.CURRENT);
        assertThat(new DeadlineRecount(store, rules).recountIfRulesChanged(NOW).block().kind())
                .as("an instance of the old release, during a rolling update").isEqualTo(Kind.BEHIND);
        assertThat(store.find(running).block().version()).as("left as counted").isEqualTo(version);
        assertThat(store.find(running).block().dueAt()).isEqualTo(DUE_WITH_NOTICE);
    }

    /** Found in review: the old release, still running, started deadlines by the old lists after the recount. */
    @Test
    void aDeadlineTheOldReleaseStartsAfterTheRecountIsCountedAgainBeforeTheNextWatch() {
        DeadlineRules with2027 = rulesOn2027();
        store.markCountedBy(rules.countingRules()).block();
        new DeadlineRecount(store, with2027).recountIfRulesChanged(NOW).block();
        String startedByTheOldRelease = started();

        DeadlineRecount.Outcome caughtUp = new DeadlineRecount(store, with2027).recountStragglers(NOW).block();

        assertThat(caughtUp.kind()).isEqualTo(Kind.RECOUNTED);
        assertThat(caughtUp.moved()).isPositive();
        CaseDeadline counted = store.find(startedByTheOldRelease).block();
        assertThat(counted.dueAt()).isEqualTo(DUE_WITH_NOTICE);
        assertThat(counted.countedBy()).isEqualTo(with2027.countingRules().fingerprint());
        new DeadlineRecount(store, rules).recountStragglers(NOW).block();
        new DeadlineRecount(store, with2027).recountStragglers(NOW).block();
        assertThat(store.find(startedByTheOldRelease).block().version())
                .as("neither the old release nor the next watch counts it again").isEqualTo(counted.version());
    }

    @Test
    void aDeadlineChangedByItsCaseWhileBeingRecountedIsReadAndCountedAgain() {
        store.markCountedBy(rules.countingRules()).block();
        String caseNumber = started();
        AtomicBoolean stepApplied = new AtomicBoolean();
        MongoDeadlineStore racing = new MongoDeadlineStore(mongo) {
            @Override
            public Mono<CaseDeadline> update(CaseDeadline deadline) {
                if (deadline.caseNumber().equals(caseNumber) && stepApplied.compareAndSet(false, true)) {
                    // a step of the case lands first, as from the case-event listener
                    return store.update(deadline.withApplied("a-step-meanwhile")).then(super.update(deadline));
                }
                return super.update(deadline);
            }
        };

        new DeadlineRecount(racing, rulesOn2027()).recountIfRulesChanged(NOW).block();

        CaseDeadline stored = store.find(caseNumber).block();
        assertThat(stepApplied).isTrue();
        assertThat(stored.dueAt()).isEqualTo(DUE_WITH_NOTICE);
        assertThat(stored.appliedEvents()).as("the step is kept").contains("a-step-meanwhile");
    }

    private String started() {
        String caseNumber = CaseEventsFixture.aCaseNumber();
        store.insertIfAbsent(rules.start(caseNumber, DISPATCHED, TimeLimit.workingDays(5))).block();
        assertThat(store.find(caseNumber).block().dueAt()).isEqualTo(DUE_WITHOUT_NOTICE);
        return caseNumber;
    }

    private DeadlineRules rulesOn2027() {
        return new DeadlineRules(new DeadlineClock(CalendarFixture.withA2027Notice(), properties.zone()),
                properties.deadline().warningShare(), rules.ladder());
    }

    private static CaseDeadline announced(CaseDeadline d, DeadlineState state) {
        return new CaseDeadline(d.caseNumber(), d.dispatchedAt(), d.limit(), d.extensions(), d.extendedAt(),
                d.waitedForChecks(), d.warningAt(), d.dueAt(), d.resolvedAt(), d.backloggedAt(), d.stoppedAt(),
                d.stopReason(), d.lateInEarlierRound(), state, d.escalated(), d.appliedEvents(), d.countedBy(),
                d.version());
    }
}
