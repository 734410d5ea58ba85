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
import city.gridline.dispatch.cases.domain.Dispatch;
import city.gridline.dispatch.cases.domain.DispatchCase;
import city.gridline.dispatch.cases.domain.Recorded;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SignWatchTest {

    private static final Instant T0 = Instant.parse("2026-11-24T17:00:00Z");
    private static final TeamRef DISTRICT_TEAM = new TeamRef("D110105", "朝阳区综合执法大队");

    private final CaseStore store = mock(CaseStore.class);
    private final CaseWork work = mock(CaseWork.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SignWatch watch = new SignWatch(store, work, registry);

    /**
     * Found in review: a case every team had let go unsigned at night was tried again every sweep and failed in
     * silence; nobody saw that it needed a person.
     */
    @Test
    void anUnsignedCaseNoTeamIsLeftForIsCountedAsStrandedWhileItIs() {
        DispatchCase unsigned = chasedAndUnsigned();
        when(store.unsignedPast(any())).thenReturn(Flux.just(unsigned), Flux.empty());
        when(work.redispatchUnsigned(any(), anyString())).thenReturn(Mono.error(new CaseRuleViolation(
                "every team that could take the case has given it back or let it go unsigned")));

        assertThat(watch.sweep(T0.plusSeconds(7200)).block()).isZero();
        assertThat(stranded()).isEqualTo(1);

        assertThat(watch.sweep(T0.plusSeconds(7230)).block()).isZero();
        assertThat(stranded()).as("dispatched by hand meanwhile").isZero();
    }

    private double stranded() {
        return registry.get("gridline.cases.unsigned.stranded").gauge().value();
    }

    private static DispatchCase chasedAndUnsigned() {
        CaseOpened opened = DispatchCase.open("261125-00001", "report-1", "0101", "井盖缺失",
                new CellRef("110105001024001", new AdminUnit("110105001024", "南郎家园社区居委会"),
                        new AdminUnit("110105001", "建外街道"), new AdminUnit("110105", "朝阳区")),
                new GeoPoint(116.455, 39.937, Crs.GCJ02), "110105-demo-1", DISTRICT_TEAM, null, false,
                Urgency.URGENT, Placement.POINT, T0);
        List<Recorded> history = new ArrayList<>(List.of(new Recorded("e-1", T0, opened),
                new Recorded("e-2", T0, DispatchCase.dispatch(opened, new Dispatch(DISTRICT_TEAM, List.of(), "test",
                        TimeLimit.hours(2), T0.plusSeconds(1800)), Actor.SYSTEM, T0))));
        DispatchCase dispatched = DispatchCase.replay(history);
        history.add(new Recorded("e-3", T0.plusSeconds(1800), dispatched.chase(Actor.SYSTEM, "签收超时",
                T0.plusSeconds(1800))));
        return DispatchCase.replay(history);
    }
}
