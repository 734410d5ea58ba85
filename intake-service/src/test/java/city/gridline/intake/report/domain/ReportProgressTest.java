package city.gridline.intake.report.domain;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseEvent;
import city.gridline.contracts.event.CaseReopened;
import city.gridline.contracts.event.CaseVerified;
import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventType;
import city.gridline.contracts.event.EventTypes;
import city.gridline.contracts.event.GoldenSamples;
import city.gridline.contracts.event.ReportLocation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReportProgressTest {

    private static final EventCodec CODEC = new EventCodec();
    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void aCaseRunsThroughItsLifecycleAndReworkGoesBackToInProgress() {
        CaseVerified failed = new CaseVerified("261123-00042", "r-1", false, "井盖仍松动", List.of(), "member:M-0100",
                AT);

        List<ReportStatus> seen = replay(
                caseEvent(EventTypes.CASE_OPENED), caseEvent(EventTypes.CASE_DISPATCHED),
                caseEvent(EventTypes.CASE_ACCEPTED), caseEvent(EventTypes.CASE_CHECKED_IN),
                caseEvent(EventTypes.CASE_RESOLVED), failed, caseEvent(EventTypes.CASE_RESOLVED),
                caseEvent(EventTypes.CASE_VERIFIED), caseEvent(EventTypes.CASE_CLOSED));

        assertThat(seen).containsExactly(ReportStatus.OPENED, ReportStatus.DISPATCHED, ReportStatus.IN_PROGRESS,
                ReportStatus.IN_PROGRESS, ReportStatus.RESOLVED, ReportStatus.IN_PROGRESS, ReportStatus.RESOLVED,
                ReportStatus.RESOLVED, ReportStatus.CLOSED);
        assertThat(ReportStatus.CLOSED.isFinal()).isTrue();
    }

    @Test
    void aClosedCaseReopenedAfterTheCallBackIsInProgressAgainOnAFreshClock() {
        CaseReopened reopened = (CaseReopened) caseEvent(EventTypes.CASE_REOPENED);

        List<ReportStatus> seen = replay(caseEvent(EventTypes.CASE_OPENED), caseEvent(EventTypes.CASE_DISPATCHED),
                caseEvent(EventTypes.CASE_CLOSED), reopened);

        assertThat(seen).containsExactly(ReportStatus.OPENED, ReportStatus.DISPATCHED, ReportStatus.CLOSED,
                ReportStatus.IN_PROGRESS);
        ReportProgress progress = ReportProgress.of(reopened, AT).orElseThrow();
        assertThat(progress.reason()).isEqualTo(reopened.reason());
        assertThat(progress.handlingLimit()).isEqualTo(reopened.handlingLimit());
        assertThat(progress.dispatchedAt()).isEqualTo(reopened.reopenedAt());
    }

    @Test
    void aReturnedCaseIsDispatchedAgainToAnotherTeam() {
        CaseDispatched sample = (CaseDispatched) caseEvent(EventTypes.CASE_DISPATCHED);
        TeamRef other = new TeamRef("T110105001025", "团结湖综合执法组");
        CaseDispatched again = new CaseDispatched(sample.caseNumber(), sample.reportId(), other, sample.cellCode(),
                "re-dispatched after return", "member:M-9001", AT, sample.categoryCode(), sample.urgency(),
                sample.handlingLimit(), sample.signBy(), List.of());

        List<ReportStatus> seen = replay(caseEvent(EventTypes.CASE_OPENED), sample,
                caseEvent(EventTypes.CASE_ACCEPTED), caseEvent(EventTypes.CASE_RETURNED), again);

        assertThat(seen).containsExactly(ReportStatus.OPENED, ReportStatus.DISPATCHED, ReportStatus.IN_PROGRESS,
                ReportStatus.RETURNED, ReportStatus.DISPATCHED);
        assertThat(ReportProgress.of(again, AT).orElseThrow().team()).isEqualTo(other);
    }

    @Test
    void eventsBeforeTheCaseNeverTakeThePlaceOfTheCasesOwnSteps() {
        assertThat(ReportStatus.LOCATED.replaces(ReportStatus.DISPATCHED)).isFalse();
        assertThat(ReportStatus.OPENED.replaces(ReportStatus.DISPATCHED)).isFalse();
        assertThat(ReportStatus.LOCATED.replaces(ReportStatus.OPENED)).isFalse();
        assertThat(ReportStatus.OPENED.replaces(ReportStatus.LOCATED)).isTrue();
        assertThat(ReportStatus.DISPATCHED.replaces(ReportStatus.CLOSED)).isTrue();

        List<ReportStatus> seen = replay(caseEvent(EventTypes.CASE_DISPATCHED), location(EventTypes.REPORT_LOCATED),
                caseEvent(EventTypes.CASE_OPENED));

        assertThat(seen).containsExactly(ReportStatus.DISPATCHED, ReportStatus.DISPATCHED, ReportStatus.DISPATCHED);
    }

    /** A person placed the report on grid's triage list: grid announces it located after it was unlocatable. */
    @Test
    void aReportPlacedByHandAfterGridCouldNotIsLocatedThenOpenedAndNeverUnlocatableAgain() {
        assertThat(ReportStatus.LOCATED.replaces(ReportStatus.UNLOCATABLE)).isTrue();
        assertThat(ReportStatus.UNLOCATABLE.replaces(ReportStatus.LOCATED)).isFalse();
        assertThat(ReportStatus.UNLOCATABLE.replaces(ReportStatus.OPENED)).isFalse();

        List<ReportStatus> seen = replay(location(EventTypes.REPORT_UNLOCATABLE), location(EventTypes.REPORT_LOCATED),
                location(EventTypes.REPORT_UNLOCATABLE), caseEvent(EventTypes.CASE_OPENED),
                location(EventTypes.REPORT_UNLOCATABLE));

        assertThat(seen).containsExactly(ReportStatus.UNLOCATABLE, ReportStatus.LOCATED, ReportStatus.LOCATED,
                ReportStatus.OPENED, ReportStatus.OPENED);
    }

    @Test
    void transferredAndMergedCasesNameWhereTheyWent() {
        ReportProgress transferred = ReportProgress.of(caseEvent(EventTypes.CASE_TRANSFERRED), AT).orElseThrow();
        ReportProgress merged = ReportProgress.of(caseEvent(EventTypes.CASE_MERGED), AT).orElseThrow();

        assertThat(transferred.status()).isEqualTo(ReportStatus.TRANSFERRED);
        assertThat(transferred.department()).isEqualTo("公安交通管理部门");
        assertThat(merged.status()).isEqualTo(ReportStatus.MERGED);
        assertThat(merged.mergedInto()).isEqualTo("261123-00017");
    }

    @Test
    void aDispatchCarriesTheHandlingLimitAndWhenItsClockStarted() {
        ReportProgress dispatched = ReportProgress.of(caseEvent(EventTypes.CASE_DISPATCHED), AT).orElseThrow();

        assertThat(dispatched.handlingLimit().text()).isEqualTo("6H");
        assertThat(dispatched.dispatchedAt()).isEqualTo(Instant.parse("2026-11-23T08:15:30.251Z"));
    }

    @Test
    void stepsThatLeaveTheStatusAloneGiveNothing() {
        for (EventType<?> type : List.of(EventTypes.CASE_CHASED, EventTypes.CASE_ESCALATED,
                EventTypes.CASE_EXTENSION_REQUESTED, EventTypes.CASE_EXTENSION_DECIDED, EventTypes.CASE_VERIFIED)) {
            assertThat(ReportProgress.of(caseEvent(type), AT)).as(type.wireType()).isEmpty();
        }
    }

    /** Applies the events in order the way the store does, giving the status after each. */
    private static List<ReportStatus> replay(Object... events) {
        ReportStatus status = ReportStatus.RECEIVED;
        List<ReportStatus> seen = new ArrayList<>();
        for (Object event : events) {
            Optional<ReportProgress> progress = event instanceof CaseEvent caseEvent
                    ? ReportProgress.of(caseEvent, AT) : ReportProgress.of((ReportLocation) event, AT);
            if (progress.isPresent() && progress.get().status().replaces(status)) {
                status = progress.get().status();
            }
            seen.add(status);
        }
        return seen;
    }

    private static CaseEvent caseEvent(EventType<?> type) {
        return (CaseEvent) CODEC.decode(GoldenSamples.sample(type)).data();
    }

    private static ReportLocation location(EventType<?> type) {
        return (ReportLocation) CODEC.decode(GoldenSamples.sample(type)).data();
    }
}
