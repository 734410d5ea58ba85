package city.gridline.servicekit.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import reactor.core.publisher.Mono;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A bearer token's caller: {@code sub} is who (a token without one is refused), {@code roles} what (names of {@link GridlineRole}; others are
 * ignored, so an issuer shared with other systems may carry theirs), {@code areas} where (division codes or
 * {@code *}; none means nowhere).
 */
public class JwtCallers implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    public static final String ROLES = "roles";
    public static final String AREAS = "areas";

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            return Mono.error(new InvalidBearerTokenException("the token names no subject: nobody to act as"));
        }
        Set<GridlineRole> roles = EnumSet.noneOf(GridlineRole.class);
        for (String name : list(jwt, ROLES)) {
            for (GridlineRole role : GridlineRole.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        GridlineCaller caller = new GridlineCaller(jwt.getSubject(), roles,
                AreaScope.of(list(jwt, AREAS)), null);
        return Mono.just(new CallerAuthentication(caller, jwt));
    }

    private static List<String> list(Jwt jwt, String claim) {
        List<String> values = jwt.hasClaim(claim) ? jwt.getClaimAsStringList(claim) : null;
        return values == null ? List.of() : values;
    }
}
