package city.gridline.servicekit.security;

import org.springframework.security.access.AccessDeniedException;
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

    /** The caller, who must be allowed to act in the area: else a 403 that changes nothing. */
    public static Mono<GridlineCaller> actingIn(String areaCode) {
        return current().switchIfEmpty(Mono.error(() -> new AccessDeniedException("no authenticated caller")))
                .flatMap(caller -> caller.mayActIn(areaCode) ? Mono.just(caller)
                        : Mono.error(new AccessDeniedException("the caller may not act in area " + areaCode)));
    }
}
