package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.Caller;
import io.opensdr.campaign.domain.UserAccount;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated user as Spring Security holds them; controllers hand its {@link Caller} to the domain. */
public class SignedInUser implements UserDetails {

    private final UserAccount account;
    private final String sessionId;

    /** Signed in with a password (HTTP Basic): no session. */
    public SignedInUser(UserAccount account) {
        this(account, null);
    }

    /** @param sessionId the {@code sid} of the built-in access token, null for any other */
    public SignedInUser(UserAccount account, String sessionId) {
        this.account = account;
        this.sessionId = sessionId;
    }

    /** The session of the access token the request came with; null for HTTP Basic and external tokens. */
    public String sessionId() {
        return sessionId;
    }

    public Caller caller() {
        return new Caller(account.id(), account.email(), account.workspaceId());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.email();
    }
}
