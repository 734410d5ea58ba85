package city.gridline.dispatch.cases;

import city.gridline.contracts.TeamRef;
import city.gridline.contracts.ZoneRef;
import city.gridline.contracts.event.CaseDispatched;
import city.gridline.contracts.event.CaseOpened;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.ReportLocated;
import city.gridline.dispatch.cases.domain.CaseNumbers;
import city.gridline.dispatch.cases.domain.CaseStatus;
import city.gridline.dispatch.cases.domain.DispatchCase;
import city.gridline.dispatch.cases.domain.TeamAssignment;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DispatchCaseTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:15:31Z");

    @Test
    void locatedReportIsOpenedAndDispatchedToTheCellsResidentTeam() {
        EventEnvelope<ReportLocated> located = LocatedReportFixture.aLocatedReport();
        ReportLocated report = located.data();

        ReportLocated outsideZones = new ReportLocated(report.reportId(), report.report(), report.point(),
                report.cell(), report.residentTeam(), report.layerVersion(), report.placement(), false, false, null);
        DispatchCase dispatchCase = DispatchCase.openAndDispatch(outsideZones, "261123-00001",
                new TeamAssignment().assign(outsideZones), NOW, "opened-id", "dispatched-id");

        assertThat(dispatchCase.status()).isEqualTo(CaseStatus.DISPATCHED);
        assertThat(dispatchCase.team()).isEqualTo(report.residentTeam());
        assertThat(dispatchCase.history()).extracting("status")
                .containsExactly(CaseStatus.OPENED, CaseStatus.DISPATCHED);
        assertThat(dispatchCase.events()).extracting(DispatchCase.IdentifiedEvent::eventId)
                .containsExactly("opened-id", "dispatched-id");
        CaseOpened opened = (CaseOpened) dispatchCase.events().get(0).event();
        assertThat(opened.cell()).isEqualTo(report.cell());
        assertThat(opened.categoryCode()).isEqualTo(report.report().categoryCode());
        CaseDispatched dispatched = (CaseDispatched) dispatchCase.events().get(1).event();
        assertThat(dispatched.team()).isEqualTo(report.residentTeam());
        assertThat(dispatched.reason()).isEqualTo("resident team of cell " + report.cell().code());
        assertThat(dispatched.actor()).isEqualTo(DispatchCase.ACTOR);
    }

    @Test
    void reportInASpecialZoneGoesToTheZonesTeam() {
        ReportLocated report = LocatedReportFixture.aLocatedReport().data();
        ReportLocated inZone = new ReportLocated(report.reportId(), report.report(), report.point(), report.cell(),
                report.residentTeam(), report.layerVersion(), report.placement(), false, false,
                new ZoneRef("ZONE-CBD", "CBD", new TeamRef("ZT-CBD", "CBD特殊地区执法队")));
        ReportLocated outside = new ReportLocated(report.reportId(), report.report(), report.point(), report.cell(),
                report.residentTeam(), report.layerVersion(), report.placement(), false, false, null);

        assertThat(new TeamAssignment().assign(inZone).team().id()).isEqualTo("ZT-CBD");
        assertThat(new TeamAssignment().assign(inZone).reason()).isEqualTo("special zone CBD (ZONE-CBD)");
        assertThat(new TeamAssignment().assign(outside).team()).isEqualTo(report.residentTeam());
    }

    @Test
    void caseNumbersAreTheDayAndItsSequence() {
        assertThat(CaseNumbers.format(LocalDate.of(2026, 11, 23), 42)).isEqualTo("261123-00042");
        assertThat(CaseNumbers.format(LocalDate.of(2027, 1, 2), 123456)).isEqualTo("270102-123456");
        assertThatThrownBy(() -> CaseNumbers.format(LocalDate.of(2026, 11, 23), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
