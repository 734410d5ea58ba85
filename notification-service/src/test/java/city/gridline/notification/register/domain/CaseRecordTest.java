package city.gridline.notification.register.domain;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.event.CaseAccepted;
import city.gridline.contracts.event.CaseClosed;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.CaseReopened;
import city.gridline.contracts.event.CaseReturned;
import city.gridline.contracts.event.CaseTransferred;
import city.gridline.contracts.event.CaseVerified;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventType;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CaseRecordTest {

    private static final EventCodec CODEC = new EventCodec();
    private static final String CASE = "261123-00042";
    private static final TeamRef OTHER_TEAM = new TeamRef("T110105001025", "团结湖综合执法组");

    @Test
    void anOpenedCaseKnowsItsPlaceCategoryAndResidentTeam() {
        CaseRecord record = CaseRecord.unseen(CASE).apply("e1", sample(EventTypes.CASE_OPENED));

        assertThat(record.status()).isEqualTo(CaseStatus.OPENED);
        assertThat(record.place().district().name()).isEqualTo("朝阳区");
        assertThat(record.place().street().name()).isEqualTo("建外街道");
        assertThat(record.place().community().name()).isEqualTo("南郎家园社区居委会");
        assertThat(record.place().cellCode()).isEqualTo("110105001024001");
        assertThat(record.categoryCode()).isEqualTo("0101");
        assertThat(record.leadTeam().id()).isEqualTo("T110105001024");
        assertThat(record.openedAt()).isEqualTo(Instant.parse("2026-11-23T08:15:30.250Z"));
    }

    @Test
    void anEventAppliedTwiceCountsOnce() {
        CaseRecord once = CaseRecord.unseen(CASE).apply("e1", sample(EventTypes.CASE_OPENED))
                .apply("e2", sample(EventTypes.CASE_DISPATCHED));

        assertThat(once.apply("e2", sample(EventTypes.CASE_DISPATCHED))).isSameAs(once);
        assertThat(once.dispatches()).hasSize(1);
        assertThat(once.appliedEvents()).containsExactly("e1", "e2");
    }

    @Test
    void aReturnAndReDispatchKeepEveryDispatchAndTheNewLeadTeam() {
        CaseDispatched first = (CaseDispatched) sample(EventTypes.CASE_DISPATCHED);
        CaseRecord record = opened()
                .apply("d1", first)
                .apply("r1", sample(EventTypes.CASE_RETURNED))
                .apply("d2", redispatch(first, OTHER_TEAM, first.dispatchedAt().plusSeconds(3600)));

        assertThat(record.status()).isEqualTo(CaseStatus.DISPATCHED);
        assertThat(record.returns()).hasSize(1);
        assertThat(record.dispatches()).extracting(Dispatch::team).containsExactly(first.team(), OTHER_TEAM);
        assertThat(record.leadTeam()).isEqualTo(OTHER_TEAM);
        assertThat(record.firstDispatchedAt()).contains(first.dispatchedAt());
    }

    @Test
    void signingAfterTheSignByTimeIsNoTimelyResponse() {
        CaseDispatched dispatched = (CaseDispatched) sample(EventTypes.CASE_DISPATCHED);
        CaseAccepted accepted = (CaseAccepted) sample(EventTypes.CASE_ACCEPTED);
        CaseAccepted late = new CaseAccepted(CASE, accepted.reportId(), accepted.team(), accepted.actor(),
                dispatched.signBy().plusSeconds(1));
        CaseAccepted inTime = new CaseAccepted(CASE, accepted.reportId(), accepted.team(), accepted.actor(),
                dispatched.signBy());

        assertThat(opened().apply("d", dispatched).signedInTime()).isFalse();
        assertThat(opened().apply("d", dispatched).apply("a", late).signedInTime()).isFalse();
        assertThat(opened().apply("d", dispatched).apply("a", inTime).signedInTime()).isTrue();
    }

    @Test
    void aFailedVerificationIsReworkAndAPassedOneLeadsToClosure() {
        CaseVerified passed = (CaseVerified) sample(EventTypes.CASE_VERIFIED);
        CaseVerified failed = new CaseVerified(CASE, passed.reportId(), false, "未修复", List.of(), passed.actor(),
                passed.verifiedAt());
        CaseRecord rework = opened().apply("d", sample(EventTypes.CASE_DISPATCHED))
                .apply("res1", sample(EventTypes.CASE_RESOLVED))
                .apply("v1", failed);

        assertThat(rework.status()).isEqualTo(CaseStatus.REWORK);
        CaseRecord closed = rework.apply("res2", sample(EventTypes.CASE_RESOLVED)).apply("v2", passed)
                .apply("c", sample(EventTypes.CASE_CLOSED));
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.failedVerifications()).isEqualTo(1);
        assertThat(closed.verifications()).hasSize(2);
        assertThat(closed.closedAt()).isEqualTo(((CaseClosed) sample(EventTypes.CASE_CLOSED)).closedAt());
    }

    @Test
    void aClosedCaseReopenedAfterAnUnsatisfiedCallBackIsBackInRework() {
        CaseRecord closed = opened().apply("d", sample(EventTypes.CASE_DISPATCHED))
                .apply("res1", sample(EventTypes.CASE_RESOLVED))
                .apply("v1", sample(EventTypes.CASE_VERIFIED))
                .apply("c", sample(EventTypes.CASE_CLOSED));
        CaseReopened reopened = (CaseReopened) sample(EventTypes.CASE_REOPENED);

        CaseRecord record = closed.apply("r", reopened);

        assertThat(record.status()).isEqualTo(CaseStatus.REWORK);
        assertThat(record.reopenings()).containsExactly(reopened.reopenedAt());
        assertThat(record.closedAt()).isNull();
        assertThat(record.resolvedAt()).isNull();
        assertThat(CitizenStatus.of(record)).isEqualTo("经回访重新办理中");
        assertThat(record.apply("r", reopened).reopenings()).hasSize(1);
    }

    @Test
    void aTransferredCaseNamesTheDepartmentAndALaterStepDoesNotReopenIt() {
        CaseTransferred transferred = (CaseTransferred) sample(EventTypes.CASE_TRANSFERRED);
        CaseRecord record = opened().apply("t", transferred).apply("x", sample(EventTypes.CASE_RETURNED));

        assertThat(record.status()).isEqualTo(CaseStatus.TRANSFERRED);
        assertThat(record.transferredTo()).isEqualTo(transferred.department());
        assertThat(record.returns()).hasSize(1);
    }

    private static CaseRecord opened() {
        return CaseRecord.unseen(CASE).apply("o", sample(EventTypes.CASE_OPENED));
    }

    private static CaseDispatched redispatch(CaseDispatched first, TeamRef team, Instant at) {
        return new CaseDispatched(CASE, first.reportId(), team, first.cellCode(), "re-dispatched", first.actor(), at,
                first.categoryCode(), first.urgency(), first.handlingLimit(), at.plusSeconds(1800), List.of());
    }

    private static CaseEvent sample(EventType<?> type) {
        return (CaseEvent) CODEC.decode(GoldenSamples.sample(type)).data();
    }
}
