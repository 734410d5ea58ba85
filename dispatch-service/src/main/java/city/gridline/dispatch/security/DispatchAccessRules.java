package city.gridline.dispatch.security;

import city.gridline.servicekit.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

import static city.gridline.servicekit.security.GridlineRole.ADMINISTRATOR;
import static city.gridline.servicekit.security.GridlineRole.ASSISTANT;
import static city.gridline.servicekit.security.GridlineRole.COMMAND_CENTRE;
import static city.gridline.servicekit.security.GridlineRole.HOTLINE_OPERATOR;
import static city.gridline.servicekit.security.GridlineRole.OFFICER;
import static city.gridline.servicekit.security.GridlineRole.OPERATIONS;
import static city.gridline.servicekit.security.GridlineRole.SUPERVISOR;
import static city.gridline.servicekit.security.GridlineRole.names;

/**
 * Cases and the catalogue are read by the city's staff; everything else is the members' (field teams, supervisors,
 * the command centre, administrators), each of whom the member directory then checks — role, team and area.
 */
@Component
public class DispatchAccessRules implements AccessRules {

    @Override
    public void authorize(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/api/v1/cases/**", "/api/v1/categories", "/api/v1/categories/**")
                .hasAnyRole(names(OFFICER, ASSISTANT, SUPERVISOR, COMMAND_CENTRE, ADMINISTRATOR, OPERATIONS,
                        HOTLINE_OPERATOR))
                .pathMatchers("/api/v1/**")
                .hasAnyRole(names(OFFICER, ASSISTANT, SUPERVISOR, COMMAND_CENTRE, ADMINISTRATOR));
    }
}
