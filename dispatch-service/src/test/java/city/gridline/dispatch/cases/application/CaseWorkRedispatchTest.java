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
import city.gridline.dispatch.cases.domain.DeviceTime;
import city.gridline.dispatch.cases.domain.Dispatch;
import city.gridline.dispatch.cases.domain.DispatchCase;
import city.gridline.dispatch.cases.domain.Recorded;
import city.gridline.dispatch.teams.domain.Role;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CaseWorkRedispatchTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final String CASE = "261123-00001";
    private static final TeamRef TEAM_A = new TeamRef("T110105001024", "南郎家园综合执法组");
    private static final TeamRef TEAM_B = new TeamRef("S110105001", "建外街道执法中队");
    private static final TeamRef TEAM_C = new TeamRef("T110105001025", "另一综合执法组");
    private static final Actor COMMAND = new Actor("member:command", Role.COMMAND_CENTRE, "CC-110105", "110105");

    private final CaseStore store = mock(CaseStore.class);
    private final DispatchDecisions decisions = mock(DispatchDecisions.class);
    private final Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
    private final CasePublication publication = new CasePublication(store, event -> { }, clock, Duration.ofSeconds(10));
    private final CaseWork work = new CaseWork(new CaseCommands(store, publication, clock), decisions, store,
            mock(EvidenceStore.class), new DeviceTime(Duration.ofMinutes(5), Duration.ofHours(72)), 200);

    /**
     * Found in review: an operator's re-dispatch that lost a race to the sign watch's was decided again on the case as
     * the watch left it, and sent the case on a second time, to a team nobody chose.
     */
    @Test
    void aRedispatchThatLostARaceToAnotherIsRefusedNotMadeAgain() {
        List<Recorded> history = new ArrayList<>();
        CaseOpened opened = DispatchCase.open(CASE, "report-1", "0101", "井盖缺失",
                new CellRef("110105001024001", new AdminUnit("110105001024", "南郎家园社区居委会"),
                        new AdminUnit("110105001", "建外街道"), new AdminUnit("110105", "朝阳区")),
                new GeoPoint(116.455, 39.937, Crs.GCJ02), "110105-demo-1", TEAM_A, null, false, Urgency.NORMAL,
                Placement.POINT, T0);
        history.add(new Recorded("e-1", T0, opened));
        history.add(new Recorded("e-2", T0, DispatchCase.dispatch(opened, dispatchTo(TEAM_A), Actor.SYSTEM, T0)));
        StoredCase withTeamA = stored(DispatchCase.replay(history));
        history.add(new Recorded("e-3", T0.plusSeconds(60), DispatchCase.replay(history)
                .redispatch(dispatchTo(TEAM_B), Actor.SYSTEM, T0.plusSeconds(60))));
        StoredCase withTeamB = stored(DispatchCase.replay(history));
        when(store.findByCaseNumber(CASE)).thenReturn(Mono.just(withTeamA), Mono.just(withTeamB));
        when(store.append(any(), anyInt(), anyList(), any(), any())).thenReturn(Mono.just(false));
        when(decisions.chosen(any(), eq(TEAM_C.id()), anyList(), anyString()))
                .thenReturn(Mono.just(dispatchTo(TEAM_C)));

        assertThatThrownBy(() -> work.redispatch(CASE, COMMAND, ClientOperation.system("op-1", "trace-1"),
                TEAM_C.id(), List.of(), "换组处置").block())
                .isInstanceOf(PreconditionFailedException.class);
        verify(store, times(1)).append(any(), anyInt(), anyList(), any(), any());
    }

    private static Dispatch dispatchTo(TeamRef team) {
        return new Dispatch(team, List.of(), "test", TimeLimit.hours(6), T0.plusSeconds(1800));
    }

    private static StoredCase stored(DispatchCase dispatchCase) {
        return new StoredCase(dispatchCase, Set.of(), Map.of(), List.of());
    }
}
