package io.opensdr.campaign.web;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A request authenticated by an access token: its principal is the same {@link SignedInUser} HTTP Basic gives. */
public class SignedInUserToken extends AbstractAuthenticationToken {

    private final SignedInUser user;

    public SignedInUserToken(SignedInUser user, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.caller().userId();
    }
}
