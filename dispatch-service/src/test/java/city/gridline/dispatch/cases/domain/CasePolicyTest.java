package city.gridline.dispatch.cases.domain;

import city.gridline.dispatch.teams.domain.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static city.gridline.dispatch.cases.domain.CaseFixtures.AFTER;
import static city.gridline.dispatch.cases.domain.CaseFixtures.ASSISTANT;
import static city.gridline.dispatch.cases.domain.CaseFixtures.COMMAND;
import static city.gridline.dispatch.cases.domain.CaseFixtures.OFFICER;
import static city.gridline.dispatch.cases.domain.CaseFixtures.OTHER_DISTRICT_COMMAND;
import static city.gridline.dispatch.cases.domain.CaseFixtures.OTHER_OFFICER;
import static city.gridline.dispatch.cases.domain.CaseFixtures.OTHER_STREET_SUPERVISOR;
import static city.gridline.dispatch.cases.domain.CaseFixtures.SUPERVISOR;
import static city.gridline.dispatch.cases.domain.CaseFixtures.T0;
import static city.gridline.dispatch.cases.domain.CaseFixtures.dispatched;
import static city.gridline.dispatch.cases.domain.CaseFixtures.record;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CasePolicyTest {

    @Test
    void anAssistantNeverDecidesACaseButMayWorkOnSite() {
        DispatchCase c = dispatched();

        assertThatThrownBy(() -> CasePolicy.mayDecideAsTeam(ASSISTANT, c, "resolve"))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("assistant");
        assertThatCode(() -> CasePolicy.mayWorkOnSite(ASSISTANT, c)).doesNotThrowAnyException();
    }

    @Test
    void officersActOnTheirOwnTeamsTasksOnly() {
        DispatchCase c = dispatched();

        assertThatCode(() -> CasePolicy.mayDecideAsTeam(OFFICER, c, "sign for")).doesNotThrowAnyException();
        assertThatThrownBy(() -> CasePolicy.mayDecideAsTeam(OTHER_OFFICER, c, "sign for"))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> CasePolicy.mayView(OTHER_OFFICER, c)).isInstanceOf(NotAllowed.class);
    }

    @Test
    void aSupervisorNeverVerifiesACaseTheyHandled() {
        DispatchCase c = dispatched();
        Actor supervisorWhoHandled = new Actor(OFFICER.id(), Role.SUPERVISOR,
                OFFICER.teamId(), "110105");
        record(c, c.sign(OFFICER, T0));
        record(c, c.resolve(OFFICER, "done", List.of(AFTER), T0));

        assertThatThrownBy(() -> CasePolicy.mayVerify(supervisorWhoHandled, c))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("handled");
        assertThatThrownBy(() -> CasePolicy.mayVerify(OFFICER, c)).isInstanceOf(NotAllowed.class);
        assertThatCode(() -> CasePolicy.mayVerify(SUPERVISOR, c)).doesNotThrowAnyException();
    }

    @Test
    void onlyTheCommandCentreCommands() {
        DispatchCase c = dispatched();

        assertThatCode(() -> CasePolicy.mayCommand(COMMAND, c, "cancel")).doesNotThrowAnyException();
        assertThatThrownBy(() -> CasePolicy.mayCommand(OFFICER, c, "cancel")).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> CasePolicy.mayCommand(SUPERVISOR, c, "re-dispatch")).isInstanceOf(NotAllowed.class);
    }

    @Test
    void theCommandCentreAndSupervisorsActOnlyOnCasesInTheirTeamsArea() {
        DispatchCase c = dispatched();
        record(c, c.sign(OFFICER, T0));
        record(c, c.resolve(OFFICER, "done", List.of(AFTER), T0));

        assertThatThrownBy(() -> CasePolicy.mayCommand(OTHER_DISTRICT_COMMAND, c, "chase"))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("outside area 110108");
        assertThatThrownBy(() -> CasePolicy.mayView(OTHER_DISTRICT_COMMAND, c)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> CasePolicy.mayVerify(OTHER_STREET_SUPERVISOR, c))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("outside area 110105002");
        Actor cityWideCommand = new Actor("member:city", Role.COMMAND_CENTRE, "CC-CITY", null);
        assertThatCode(() -> CasePolicy.mayCommand(cityWideCommand, c, "chase")).doesNotThrowAnyException();
    }
}
