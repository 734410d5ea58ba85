package city.gridline.notification.security;

import city.gridline.testkit.AccessRulesProbe;
import org.junit.jupiter.api.Test;

import static city.gridline.servicekit.security.GridlineRole.ADMINISTRATOR;
import static city.gridline.servicekit.security.GridlineRole.ASSISTANT;
import static city.gridline.servicekit.security.GridlineRole.CITIZEN_PORTAL;
import static city.gridline.servicekit.security.GridlineRole.COMMAND_CENTRE;
import static city.gridline.servicekit.security.GridlineRole.HOTLINE_OPERATOR;
import static city.gridline.servicekit.security.GridlineRole.OFFICER;
import static city.gridline.servicekit.security.GridlineRole.OPERATIONS;
import static city.gridline.servicekit.security.GridlineRole.SUPERVISOR;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/** Every rule of notification's paths: which roles pass, every other role 403, no token 401. */
class NotificationAccessRulesTest {

    private final AccessRulesProbe probe = new AccessRulesProbe(new NotificationAccessRules());

    @Test
    void hotlineDesksRecordCallBacksWhichTheCommandCentreAndOperationsRead() {
        probe.expect(POST, "/api/v1/callbacks/261124-00001/result").allows(HOTLINE_OPERATOR);
        probe.expect(GET, "/api/v1/callbacks?state=OPEN").allows(HOTLINE_OPERATOR, COMMAND_CENTRE, OPERATIONS);
    }

    @Test
    void assessmentDeliveriesAndCaseTimelinesAreForTheCommandCentreAndOperations() {
        probe.expect(GET, "/api/v1/assessment?groupBy=team").allows(OPERATIONS, COMMAND_CENTRE, ADMINISTRATOR);
        probe.expect(GET, "/api/v1/assessment/staffing").allows(OPERATIONS, COMMAND_CENTRE, ADMINISTRATOR);
        probe.expect(GET, "/api/v1/notifications").allows(COMMAND_CENTRE, OPERATIONS);
        probe.expect(GET, "/api/v1/notifications/n-1").allows(COMMAND_CENTRE, OPERATIONS);
        probe.expect(POST, "/api/v1/notifications/n-1/resend").allows(COMMAND_CENTRE);
        probe.expect(GET, "/api/v1/cases/261124-00001/timeline")
                .allows(COMMAND_CENTRE, OPERATIONS, HOTLINE_OPERATOR, SUPERVISOR);
        probe.expect(GET, "/api/v1/cases/261124-00001/deadline")
                .allows(COMMAND_CENTRE, OPERATIONS, HOTLINE_OPERATOR, SUPERVISOR);
    }

    @Test
    void theCitizenPortalLooksUpACaseAndFieldTeamsFollowTheirPushStream() {
        probe.expect(GET, "/api/v1/public/cases/261124-00001").allows(CITIZEN_PORTAL, HOTLINE_OPERATOR);
        probe.expect(GET, "/api/v1/push/teams/T110105001024").allows(OFFICER, ASSISTANT, SUPERVISOR, COMMAND_CENTRE);
    }

    @Test
    void theLoopbackGatewayTakesTextsFromAnyoneAndShowsThemToOperationsOnly() {
        probe.expect(POST, "/loopback/sms").isOpen();
        probe.expect(GET, "/loopback/sms").allows(OPERATIONS, ADMINISTRATOR);
    }

    @Test
    void anyOtherApiPathIsRefusedToEveryRole() {
        probe.expect(DELETE, "/api/v1/callbacks/261124-00001").allows();
        probe.expect(POST, "/api/v1/assessment").allows();
    }
}
