package city.gridline.grid.security;

import city.gridline.servicekit.security.AccessRules;
import city.gridline.servicekit.security.GridlineRole;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

import static city.gridline.servicekit.security.GridlineRole.ADMINISTRATOR;
import static city.gridline.servicekit.security.GridlineRole.ASSISTANT;
import static city.gridline.servicekit.security.GridlineRole.COMMAND_CENTRE;
import static city.gridline.servicekit.security.GridlineRole.GRID_ADMINISTRATOR;
import static city.gridline.servicekit.security.GridlineRole.HOTLINE_OPERATOR;
import static city.gridline.servicekit.security.GridlineRole.OFFICER;
import static city.gridline.servicekit.security.GridlineRole.OPERATIONS;
import static city.gridline.servicekit.security.GridlineRole.SUPERVISOR;

/**
 * Grid layers are read by the city's staff (a field team looks a cell up, the command centre a team) and changed
 * by grid administrators only — within their areas, which {@link LayerAreas} checks where the layer is known. The
 * reports on the triage list are placed or confirmed by the command centre or a grid administrator, within their
 * areas too (checked against the cell the report lands in).
 */
@Component
public class GridAccessRules implements AccessRules {

    @Override
    public void authorize(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers(HttpMethod.GET, "/api/v1/**")
                .hasAnyRole(GridlineRole.names(GRID_ADMINISTRATOR, COMMAND_CENTRE, OPERATIONS, ADMINISTRATOR, HOTLINE_OPERATOR,
                        SUPERVISOR, OFFICER, ASSISTANT))
                .pathMatchers(HttpMethod.POST, "/api/v1/triage/*/placement", "/api/v1/triage/*/confirmation")
                .hasAnyRole(GridlineRole.names(GRID_ADMINISTRATOR, COMMAND_CENTRE))
                .pathMatchers("/api/v1/**").hasRole(GRID_ADMINISTRATOR.name());
    }
}
