package city.gridline.servicekit.security;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;

/** The caller of the request being handled, for the checks a path rule cannot make (the area of a case, a layer). */
public final class Callers {

    private Callers() {
    }

    public static Mono<GridlineCaller> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(CallerAuthentication.class::isInstance)
                .map(authentication -> ((CallerAuthentication) authentication).getPrincipal());
    }
}
