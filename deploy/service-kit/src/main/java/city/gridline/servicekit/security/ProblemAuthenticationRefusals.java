package city.gridline.servicekit.security;

import city.gridline.servicekit.ProblemResponses;
import city.gridline.servicekit.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 for a caller who is not authenticated, 403 for one who may not do this: both RFC 9457 problems. */
public class ProblemAuthenticationRefusals implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return ProblemResponses.write(exchange, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Authentication required",
                "Send a bearer token (Authorization: Bearer …) or an API key (X-Api-Key): " + ex.getMessage()));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return ProblemResponses.write(exchange, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                denied.getMessage() == null || denied.getMessage().equals("Access Denied")
                        ? "Your role or area does not allow this." : denied.getMessage()));
    }
}
