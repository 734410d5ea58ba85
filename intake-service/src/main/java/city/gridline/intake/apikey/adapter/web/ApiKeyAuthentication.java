package city.gridline.intake.apikey.adapter.web;

import city.gridline.intake.apikey.application.ApiKeys;
import city.gridline.servicekit.security.CallerAuthentication;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Authenticates a client system by its API key: the {@value #HEADER} header, or on Open311 the spec's
 * {@code api_key} parameter (in the query or the form-posted body, which the exchange reads once and keeps for the
 * endpoint). A request without a key passes on to bearer-token authentication; a wrong or revoked key is a 401.
 */
public final class ApiKeyAuthentication {

    public static final String HEADER = "X-Api-Key";
    private static final String OPEN311 = "/open311/";

    private ApiKeyAuthentication() {
    }

    public static AuthenticationWebFilter filter(ApiKeys keys, ServerAuthenticationEntryPoint refusals) {
        ReactiveAuthenticationManager manager = presented -> keys.authenticate((String) presented.getCredentials())
                .<Authentication>map(caller -> new CallerAuthentication(caller, "api key"))
                .switchIfEmpty(Mono.error(() -> new BadCredentialsException("unknown or revoked API key")));
        AuthenticationWebFilter filter = new AuthenticationWebFilter(manager);
        filter.setServerAuthenticationConverter(presentedKey());
        filter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(refusals));
        return filter;
    }

    private static ServerAuthenticationConverter presentedKey() {
        return exchange -> key(exchange).filter(key -> !key.isBlank())
                .map(key -> new UsernamePasswordAuthenticationToken("api key", key.strip()));
    }

    private static Mono<String> key(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        String header = request.getHeaders().getFirst(HEADER);
        if (header != null || !request.getPath().pathWithinApplication().value().startsWith(OPEN311)) {
            return Mono.justOrEmpty(header);
        }
        String inQuery = request.getQueryParams().getFirst("api_key");
        if (inQuery != null) {
            return Mono.just(inQuery);
        }
        MediaType type = request.getHeaders().getContentType();
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            return Mono.empty();
        }
        // A malformed or oversized form is the endpoint's to refuse (400, 413); here it just names no key.
        return exchange.getFormData().mapNotNull(form -> form.getFirst("api_key"))
                .onErrorResume(IllegalArgumentException.class, malformed -> Mono.empty())
                .onErrorResume(DataBufferLimitException.class, oversized -> Mono.empty());
    }
}
