package city.gridline.dispatch.cases.application;

import city.gridline.contracts.AdminUnit;
import city.gridline.contracts.CellRef;
import city.gridline.contracts.Crs;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.Urgency;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.Placement;
import city.gridline.dispatch.cases.domain.Actor;
import city.gridline.dispatch.cases.domain.CaseRuleViolation;
import city.gridline.dispatch.cases.domain.DeviceTime;
import city.gridline.dispatch.cases.domain.Dispatch;
import city.gridline.dispatch.cases.domain.DispatchCase;
import city.gridline.dispatch.cases.domain.Recorded;
import city.gridline.dispatch.teams.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Found in review: case A merged into B and B into A at the same time could both succeed, each having read the other
 * as open, and leave two duplicates of each other and no case to work.
 */
class CaseWorkMergeTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final String DUPLICATE = "261123-00001";
    private static final String ORIGINAL = "261123-00002";
    private static final TeamRef TEAM = new TeamRef("T110105001024", "南郎家园综合执法组");
    private static final Actor COMMAND = new Actor("member:command", Role.COMMAND_CENTRE, "CC-110105", "110105");

    private final CaseStore store = mock(CaseStore.class);
    private final Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
    private final CasePublication publication = new CasePublication(store, event -> { }, clock, Duration.ofSeconds(10));
    private final CaseWork work = new CaseWork(new CaseCommands(store, publication, clock),
            mock(DispatchDecisions.class), store, mock(EvidenceStore.class),
            new DeviceTime(Duration.ofMinutes(5), Duration.ofHours(72)), 200);

    @BeforeEach
    void bothCasesAreOpenAsRead() {
        // read afresh each time: a change is applied to the case read before it is appended
        when(store.findByCaseNumber(DUPLICATE)).thenAnswer(read -> Mono.just(dispatched(DUPLICATE)));
        when(store.findByCaseNumber(ORIGINAL)).thenAnswer(read -> Mono.just(dispatched(ORIGINAL)));
        when(store.withdrawClaim(anyString(), anyString())).thenReturn(Mono.empty());
    }

    @Test
    void aMergeIntoACaseMergedSinceItWasReadIsRefusedAndRecordsNothing() {
        when(store.isBeingMergedInto(DUPLICATE)).thenReturn(Mono.just(false));
        when(store.claimAsOriginal(eq(ORIGINAL), eq(DUPLICATE), anyString())).thenReturn(Mono.just(false));

        assertThatThrownBy(this::merge).isInstanceOf(CaseRuleViolation.class)
                .hasMessageContaining("case " + ORIGINAL + " was merged or cancelled meanwhile");
        verify(store, never()).append(any(), anyInt(), anyList(), any(), any());
    }

    @Test
    void aRecordedMergeWithdrawsItsClaimSoTheOriginalMayBeMergedOnLater() {
        when(store.isBeingMergedInto(DUPLICATE)).thenReturn(Mono.just(false));
        when(store.claimAsOriginal(eq(ORIGINAL), eq(DUPLICATE), anyString())).thenReturn(Mono.just(true));
        when(store.append(any(), anyInt(), anyList(), any(), any())).thenReturn(Mono.just(true));
        when(store.markPublished(anyString(), any())).thenReturn(Mono.empty());

        merge();

        ArgumentCaptor<String> claim = ArgumentCaptor.forClass(String.class);
        verify(store).claimAsOriginal(eq(ORIGINAL), eq(DUPLICATE), claim.capture());
        verify(store).withdrawClaim(ORIGINAL, claim.getValue());
    }

    @Test
    void aCaseAnotherIsBeingMergedIntoIsNotMergedAway() {
        when(store.isBeingMergedInto(DUPLICATE)).thenReturn(Mono.just(true));

        assertThatThrownBy(this::merge).isInstanceOf(CaseRuleViolation.class)
                .hasMessageContaining("another case is being merged into " + DUPLICATE);
        verify(store, never()).claimAsOriginal(anyString(), anyString(), anyString());
        verify(store, never()).append(any(), anyInt(), anyList(), any(), any());
    }

    /**
     * The opposite merge claimed this duplicate between the check and the append: the store refuses the append, the
     * merge is tried again, refused, and takes back its claim on the original.
     */
    @Test
    void aMergeWhoseDuplicateWasClaimedMeanwhileIsRefusedAndWithdrawsItsClaim() {
        when(store.isBeingMergedInto(DUPLICATE)).thenReturn(Mono.just(false), Mono.just(true));
        when(store.claimAsOriginal(eq(ORIGINAL), eq(DUPLICATE), anyString())).thenReturn(Mono.just(true));
        when(store.append(any(), anyInt(), anyList(), any(), any())).thenReturn(Mono.just(false));

        assertThatThrownBy(this::merge).isInstanceOf(CaseRuleViolation.class)
                .hasMessageContaining("another case is being merged into " + DUPLICATE);
        ArgumentCaptor<String> claim = ArgumentCaptor.forClass(String.class);
        verify(store).claimAsOriginal(eq(ORIGINAL), eq(DUPLICATE), claim.capture());
        verify(store).withdrawClaim(ORIGINAL, claim.getValue());
    }

    /** Found in review: a case cancelled while a merge into it was under way took the duplicate with it. */
    @Test
    void aCaseIsNotCancelledWhileAnotherIsBeingMergedIntoIt() {
        when(store.isBeingMergedInto(ORIGINAL)).thenReturn(Mono.just(true));

        assertThatThrownBy(() -> work.cancel(ORIGINAL, COMMAND, ClientOperation.system("op-cancel", "trace-2"),
                "无效上报").block()).isInstanceOf(CaseRuleViolation.class)
                .hasMessageContaining("another case is being merged into " + ORIGINAL);
        verify(store, never()).append(any(), anyInt(), anyList(), any(), any());
    }

    private StoredCase merge() {
        return work.merge(DUPLICATE, COMMAND, ClientOperation.system("op-merge", "trace-1"), ORIGINAL, "同一井盖的重复上报")
                .block();
    }

    private static StoredCase dispatched(String caseNumber) {
        CaseOpened opened = DispatchCase.open(caseNumber, "report-" + caseNumber, "0101", "井盖缺失",
                new CellRef("110105001024001", new AdminUnit("110105001024", "南郎家园社区居委会"),
                        new AdminUnit("110105001", "建外街道"), new AdminUnit("110105", "朝阳区")),
                new GeoPoint(116.455, 39.937, Crs.GCJ02), "110105-demo-1", TEAM, null, false, Urgency.NORMAL,
                Placement.POINT, T0);
        Dispatch dispatch = new Dispatch(TEAM, List.of(), "test", TimeLimit.hours(6), T0.plusSeconds(1800));
        DispatchCase dispatchCase = DispatchCase.replay(List.of(new Recorded(caseNumber + "/1", T0, opened),
                new Recorded(caseNumber + "/2", T0, DispatchCase.dispatch(opened, dispatch, Actor.SYSTEM, T0))));
        return new StoredCase(dispatchCase, Set.of(), Map.of(), List.of());
    }
}
