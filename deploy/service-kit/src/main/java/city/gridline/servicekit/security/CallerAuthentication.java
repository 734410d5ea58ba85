package city.gridline.servicekit.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated {@link GridlineCaller}, its roles as {@code ROLE_*} authorities. */
public class CallerAuthentication extends AbstractAuthenticationToken {

    private final GridlineCaller caller;
    private final transient Object credentials;

    public CallerAuthentication(GridlineCaller caller, Object credentials) {
        super(caller.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        this.caller = caller;
        this.credentials = credentials;
        setAuthenticated(true);
    }

    @Override
    public GridlineCaller getPrincipal() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return credentials;
    }

    @Override
    public String getName() {
        return caller.id();
    }
}
