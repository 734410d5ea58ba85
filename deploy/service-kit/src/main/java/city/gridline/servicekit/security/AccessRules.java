package city.gridline.servicekit.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * A service's own part of its security: which roles each of its paths needs, and any way of authenticating
 * besides bearer tokens. Every path a service leaves unnamed needs an authenticated caller of any role.
 */
public interface AccessRules {

    void authorize(ServerHttpSecurity.AuthorizeExchangeSpec exchanges);

    default void customize(ServerHttpSecurity http) {
    }
}
