package city.gridline.notification.security;

import city.gridline.servicekit.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

import static city.gridline.servicekit.security.GridlineRole.ADMINISTRATOR;
import static city.gridline.servicekit.security.GridlineRole.ASSISTANT;
import static city.gridline.servicekit.security.GridlineRole.CITIZEN_PORTAL;
import static city.gridline.servicekit.security.GridlineRole.COMMAND_CENTRE;
import static city.gridline.servicekit.security.GridlineRole.HOTLINE_OPERATOR;
import static city.gridline.servicekit.security.GridlineRole.OFFICER;
import static city.gridline.servicekit.security.GridlineRole.OPERATIONS;
import static city.gridline.servicekit.security.GridlineRole.SUPERVISOR;
import static city.gridline.servicekit.security.GridlineRole.names;

/**
 * Hotline desks record call-backs; the command centre and operations read deadlines, timelines, deliveries and
 * assessment, and the command centre re-sends dead letters and releases or discards held ones; field teams follow
 * their push stream; the citizen portal (and a desk on the phone) looks a case up for its reporter. The loopback SMS inbox is operations'.
 */
@Component
public class NotificationAccessRules implements AccessRules {

    @Override
    public void authorize(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.POST, "/api/v1/callbacks/*/result").hasRole(HOTLINE_OPERATOR.name())
                .pathMatchers(HttpMethod.GET, "/api/v1/callbacks", "/api/v1/callbacks/**")
                .hasAnyRole(names(HOTLINE_OPERATOR, COMMAND_CENTRE, OPERATIONS))
                .pathMatchers(HttpMethod.GET, "/api/v1/assessment", "/api/v1/assessment/**")
                .hasAnyRole(names(OPERATIONS, COMMAND_CENTRE, ADMINISTRATOR))
                .pathMatchers(HttpMethod.POST, "/api/v1/notifications/*/resend", "/api/v1/notifications/*/discard",
                        "/api/v1/notifications/held/release").hasRole(COMMAND_CENTRE.name())
                .pathMatchers(HttpMethod.GET, "/api/v1/notifications", "/api/v1/notifications/**")
                .hasAnyRole(names(COMMAND_CENTRE, OPERATIONS))
                .pathMatchers(HttpMethod.GET, "/api/v1/cases/**")
                .hasAnyRole(names(COMMAND_CENTRE, OPERATIONS, HOTLINE_OPERATOR, SUPERVISOR))
                .pathMatchers(HttpMethod.GET, "/api/v1/public/cases/**").hasAnyRole(names(CITIZEN_PORTAL, HOTLINE_OPERATOR))
                .pathMatchers(HttpMethod.GET, "/api/v1/push/teams/**")
                .hasAnyRole(names(OFFICER, ASSISTANT, SUPERVISOR, COMMAND_CENTRE))
                // The loopback gateway stands in for the SMS operator's, which takes the texts the service sends it
                // as the operator's own gateway would (it is on only on the local stack); its inbox is operations'.
                .pathMatchers(HttpMethod.POST, "/loopback/sms").permitAll()
                .pathMatchers("/loopback/**").hasAnyRole(names(OPERATIONS, ADMINISTRATOR))
                .pathMatchers("/api/**").denyAll();
    }
}
