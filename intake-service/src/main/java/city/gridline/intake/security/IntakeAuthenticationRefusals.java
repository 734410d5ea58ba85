package city.gridline.intake.security;

import city.gridline.intake.open311.adapter.web.Open311Refusals;
import city.gridline.servicekit.security.ProblemAuthenticationRefusals;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 and 403 as GeoReport error lists on Open311, as problems everywhere else. */
public class IntakeAuthenticationRefusals implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemAuthenticationRefusals problems = new ProblemAuthenticationRefusals();
    private final Open311Refusals open311;

    public IntakeAuthenticationRefusals(Open311Refusals open311) {
        this.open311 = open311;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        if (!isOpen311(exchange)) {
            return problems.commence(exchange, ex);
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return open311.write(exchange, HttpStatus.UNAUTHORIZED, "Authentication required",
                "Send your api_key: " + ex.getMessage());
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        if (!isOpen311(exchange)) {
            return problems.handle(exchange, denied);
        }
        return open311.write(exchange, HttpStatus.FORBIDDEN, "Not allowed",
                "This api_key is not an Open311 client's.");
    }

    private static boolean isOpen311(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/open311/");
    }
}
