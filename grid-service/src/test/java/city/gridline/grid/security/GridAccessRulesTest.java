package city.gridline.grid.security;

import city.gridline.servicekit.security.GridlineRole;
import city.gridline.testkit.AccessRulesProbe;
import org.junit.jupiter.api.Test;

import static city.gridline.servicekit.security.GridlineRole.ADMINISTRATOR;
import static city.gridline.servicekit.security.GridlineRole.ASSISTANT;
import static city.gridline.servicekit.security.GridlineRole.COMMAND_CENTRE;
import static city.gridline.servicekit.security.GridlineRole.GRID_ADMINISTRATOR;
import static city.gridline.servicekit.security.GridlineRole.HOTLINE_OPERATOR;
import static city.gridline.servicekit.security.GridlineRole.OFFICER;
import static city.gridline.servicekit.security.GridlineRole.OPERATIONS;
import static city.gridline.servicekit.security.GridlineRole.SUPERVISOR;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** Every rule of the grid's paths: which roles pass, every other role 403, no token 401. */
class GridAccessRulesTest {

    private final AccessRulesProbe probe = new AccessRulesProbe(new GridAccessRules());

    @Test
    void theCitysStaffReadLayersCellsZonesAndTriage() {
        for (String path : new String[] {"/api/v1/layers", "/api/v1/layers/current", "/api/v1/layers/v1/cells",
                "/api/v1/layers/v1/cells.geojson", "/api/v1/layers/v1/check", "/api/v1/layers/v1/health",
                "/api/v1/layers/v1/proposal", "/api/v1/cells/110105001001001", "/api/v1/cells?lon=116.4&lat=39.9",
                "/api/v1/teams", "/api/v1/zones", "/api/v1/zones.geojson", "/api/v1/triage"}) {
            probe.expect(GET, path).allows(GRID_ADMINISTRATOR, COMMAND_CENTRE, OPERATIONS, ADMINISTRATOR,
                    HOTLINE_OPERATOR, SUPERVISOR, OFFICER, ASSISTANT);
        }
    }

    @Test
    void onlyGridAdministratorsChangeLayersAndZones() {
        probe.expect(POST, "/api/v1/layers?version=v2&effectiveFrom=2027-01-01").allows(GRID_ADMINISTRATOR);
        probe.expect(POST, "/api/v1/layers/v1/activate").allows(GRID_ADMINISTRATOR);
        probe.expect(POST, "/api/v1/layers/v1/proposal/accept").allows(GRID_ADMINISTRATOR);
        probe.expect(PUT, "/api/v1/zones").allows(GRID_ADMINISTRATOR);
    }

    @Test
    void theCommandCentreAndGridAdministratorsPlaceAndConfirmReportsOnTheTriageList() {
        probe.expect(POST, "/api/v1/triage/r-1/placement").allows(GRID_ADMINISTRATOR, COMMAND_CENTRE);
        probe.expect(POST, "/api/v1/triage/r-1/confirmation").allows(GRID_ADMINISTRATOR, COMMAND_CENTRE);
        probe.expect(POST, "/api/v1/triage/r-1/anything-else").allows(GRID_ADMINISTRATOR);
    }

    @Test
    void healthAndTheApiDocumentationAreOpenAndAnyOtherPathNeedsATokenOfAnyRole() {
        probe.expect(GET, "/actuator/health").isOpen();
        probe.expect(GET, "/v3/api-docs").isOpen();
        probe.expect(GET, "/actuator/metrics").allows(GridlineRole.values());
    }
}
