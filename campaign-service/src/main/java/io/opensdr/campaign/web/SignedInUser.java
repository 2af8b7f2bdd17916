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

    public SignedInUser(UserAccount account) {
        this.account = account;
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
