package city.gridline.servicekit.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

/**
 * The filter chain every Gridline service runs: stateless, bearer tokens checked by {@code decoder}, refusals as
 * problems, open without credentials only for health, the Prometheus scrape and the API documentation, and the
 * service's own {@link AccessRules} for everything else.
 */
public final class GridlineSecurity {

    static final String[] OPEN_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/webjars/**"};

    private GridlineSecurity() {
    }

    public static SecurityWebFilterChain chain(ServerHttpSecurity http, AccessRules rules, ReactiveJwtDecoder decoder) {
        ProblemAuthenticationRefusals refusals = new ProblemAuthenticationRefusals();
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(new JwtCallers()))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(HttpMethod.GET, OPEN_PATHS).permitAll();
                    rules.authorize(exchanges);
                    exchanges.anyExchange().authenticated();
                });
        rules.customize(http);
        return http.build();
    }
}
