package city.gridline.dispatch.security;

import city.gridline.testkit.AccessRulesProbe;
import org.junit.jupiter.api.Test;

import static city.gridline.servicekit.security.GridlineRole.ADMINISTRATOR;
import static city.gridline.servicekit.security.GridlineRole.ASSISTANT;
import static city.gridline.servicekit.security.GridlineRole.COMMAND_CENTRE;
import static city.gridline.servicekit.security.GridlineRole.HOTLINE_OPERATOR;
import static city.gridline.servicekit.security.GridlineRole.OFFICER;
import static city.gridline.servicekit.security.GridlineRole.OPERATIONS;
import static city.gridline.servicekit.security.GridlineRole.SUPERVISOR;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Every rule of dispatch's paths, as far as a path decides: which roles pass, every other role 403, no token 401.
 * Which member may do what to which case is the member directory's and {@code CasePolicy}'s (CasePolicyTest).
 */
class DispatchAccessRulesTest {

    private final AccessRulesProbe probe = new AccessRulesProbe(new DispatchAccessRules());

    @Test
    void staffReadCasesAndTheCatalogue() {
        for (String path : new String[] {"/api/v1/cases/261124-00001", "/api/v1/cases/261124-00001/history",
                "/api/v1/categories", "/api/v1/categories/200508"}) {
            probe.expect(GET, path).allows(OFFICER, ASSISTANT, SUPERVISOR, COMMAND_CENTRE, ADMINISTRATOR, OPERATIONS,
                    HOTLINE_OPERATOR);
        }
    }

    @Test
    void everythingElseIsForMembers() {
        probe.expect(GET, "/api/v1/mobile/tasks").allows(OFFICER, ASSISTANT, SUPERVISOR, COMMAND_CENTRE,
                ADMINISTRATOR);
        probe.expect(POST, "/api/v1/mobile/tasks/261124-00001/sign").allows(OFFICER, ASSISTANT, SUPERVISOR,
                COMMAND_CENTRE, ADMINISTRATOR);
        probe.expect(POST, "/api/v1/command-centre/cases/261124-00001/chase").allows(OFFICER, ASSISTANT,
                SUPERVISOR, COMMAND_CENTRE, ADMINISTRATOR);
        probe.expect(PUT, "/api/v1/categories/200508").allows(OFFICER, ASSISTANT, SUPERVISOR, COMMAND_CENTRE,
                ADMINISTRATOR);
        probe.expect(PUT, "/api/v1/members/wang").allows(OFFICER, ASSISTANT, SUPERVISOR, COMMAND_CENTRE,
                ADMINISTRATOR);
    }
}
