package city.gridline.intake.security;

import city.gridline.intake.apikey.adapter.web.ApiKeyAuthentication;
import city.gridline.intake.apikey.application.ApiKeys;
import city.gridline.servicekit.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;

import static city.gridline.servicekit.security.GridlineRole.ADMINISTRATOR;
import static city.gridline.servicekit.security.GridlineRole.COMMAND_CENTRE;
import static city.gridline.servicekit.security.GridlineRole.HOTLINE_OPERATOR;
import static city.gridline.servicekit.security.GridlineRole.HOTLINE_SYSTEM;
import static city.gridline.servicekit.security.GridlineRole.OPEN311_CLIENT;
import static city.gridline.servicekit.security.GridlineRole.OPERATIONS;
import static city.gridline.servicekit.security.GridlineRole.SUPERVISOR;
import static city.gridline.servicekit.security.GridlineRole.names;

/**
 * Who files and reads reports: hotline desks (a token) and hotline systems (an API key) file and look up reports,
 * supervisors file from the field, Open311 clients (an API key) use Open311, whose discovery document is open to
 * anyone; the command centre reads and unlinks; administrators manage the keys. Refusals on Open311 are GeoReport
 * error lists.
 */
public class IntakeAccessRules implements AccessRules {

    private final ApiKeys keys;
    private final IntakeAuthenticationRefusals refusals;

    public IntakeAccessRules(ApiKeys keys, IntakeAuthenticationRefusals refusals) {
        this.keys = keys;
        this.refusals = refusals;
    }

    @Override
    public void authorize(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/open311/v2/discovery.*").permitAll()
                .pathMatchers("/open311/**").hasRole(OPEN311_CLIENT.name())
                .pathMatchers("/api/v1/api-keys", "/api/v1/api-keys/**").hasRole(ADMINISTRATOR.name())
                .pathMatchers(HttpMethod.POST, "/api/v1/channels/field/**").hasRole(SUPERVISOR.name())
                .pathMatchers("/api/v1/channels/12345/unclassified", "/api/v1/channels/12345/unclassified/**")
                .hasAnyRole(names(HOTLINE_OPERATOR, COMMAND_CENTRE))
                .pathMatchers(HttpMethod.POST, "/api/v1/channels/12345/tickets", "/api/v1/channels/110/transfers")
                .hasAnyRole(names(HOTLINE_OPERATOR, HOTLINE_SYSTEM))
                .pathMatchers(HttpMethod.POST, "/api/v1/reports").hasAnyRole(names(HOTLINE_OPERATOR, HOTLINE_SYSTEM))
                .pathMatchers(HttpMethod.POST, "/api/v1/reports/*/unlink")
                .hasAnyRole(names(HOTLINE_OPERATOR, COMMAND_CENTRE))
                .pathMatchers(HttpMethod.GET, "/api/v1/reports", "/api/v1/reports/**")
                .hasAnyRole(names(HOTLINE_OPERATOR, HOTLINE_SYSTEM, COMMAND_CENTRE, OPERATIONS, SUPERVISOR))
                .pathMatchers("/api/**").denyAll();
    }

    @Override
    public void customize(ServerHttpSecurity http) {
        http.addFilterAt(ApiKeyAuthentication.filter(keys, refusals), SecurityWebFiltersOrder.AUTHENTICATION)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .oauth2ResourceServer(server -> server.authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals));
    }
}
