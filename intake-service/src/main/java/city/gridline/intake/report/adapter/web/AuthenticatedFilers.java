package city.gridline.intake.report.adapter.web;

import city.gridline.intake.report.application.Filers;
import city.gridline.intake.report.domain.FiledBy;
import city.gridline.servicekit.security.CallerAuthentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * The filer from the request's security context: a caller authenticated by a bearer token (its credential is the
 * validated JWT) or by an API key.
 */
public class AuthenticatedFilers implements Filers {

    @Override
    public Mono<FiledBy> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(CallerAuthentication.class::isInstance)
                .map(CallerAuthentication.class::cast)
                .map(caller -> new FiledBy(caller.getPrincipal().id(), caller.getCredentials() instanceof Jwt
                        ? FiledBy.Credential.BEARER_TOKEN : FiledBy.Credential.API_KEY));
    }
}
