package city.gridline.servicekit.security;

import city.gridline.servicekit.ProblemResponses;
import city.gridline.servicekit.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

/**
 * Every Gridline service's security ({@link GridlineSecurity}), its bearer tokens checked as an OAuth2 resource
 * server with the decoder Spring Boot makes from {@code spring.security.oauth2.resourceserver.jwt.*}
 * ({@code issuer-uri}, {@code jwk-set-uri} or {@code public-key-location}; with none of them there is no decoder and
 * the service does not start). A service adds its own rules through an {@link AccessRules} bean.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
public class GridlineSecurityAutoConfiguration {

    @Bean
    SecurityWebFilterChain gridlineSecurity(ServerHttpSecurity http, ObjectProvider<AccessRules> rules,
                                            ReactiveJwtDecoder decoder) {
        return GridlineSecurity.chain(http, rules.getIfAvailable(() -> exchanges -> { }), decoder);
    }

    /**
     * A request the firewall refuses before any filter (an encoded slash, a {@code ;} or a NUL in the path) is a 400
     * problem like every other refusal, not Spring Security's bare 400.
     */
    @Bean
    ServerExchangeRejectedHandler problemForRejectedExchange() {
        return (exchange, rejected) -> ProblemResponses.write(exchange, Problems.of(HttpStatus.BAD_REQUEST,
                "malformed-request", "Malformed request", "The request was refused: " + rejected.getMessage()));
    }
}
