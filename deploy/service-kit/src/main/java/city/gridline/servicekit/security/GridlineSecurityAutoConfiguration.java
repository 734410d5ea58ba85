package city.gridline.servicekit.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

/**
 * Every Gridline service's security: stateless, bearer tokens checked as an OAuth2 resource server (the issuer's
 * keys from {@code spring.security.oauth2.resourceserver.jwt.*}: {@code issuer-uri}, {@code jwk-set-uri} or
 * {@code public-key-location}; with none of them the service does not start), refusals as problems. Open without
 * credentials: health, the Prometheus scrape and the API documentation, nothing else — a service adds its own rules
 * through an {@link AccessRules} bean.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
public class GridlineSecurityAutoConfiguration {

    static final String[] OPEN_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/webjars/**"};

    @Bean
    SecurityWebFilterChain gridlineSecurity(ServerHttpSecurity http, ObjectProvider<AccessRules> rules) {
        ProblemAuthenticationRefusals refusals = new ProblemAuthenticationRefusals();
        AccessRules serviceRules = rules.getIfAvailable(() -> exchanges -> { });
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtCallers()))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(HttpMethod.GET, OPEN_PATHS).permitAll();
                    serviceRules.authorize(exchanges);
                    exchanges.anyExchange().authenticated();
                });
        serviceRules.customize(http);
        return http.build();
    }
}
