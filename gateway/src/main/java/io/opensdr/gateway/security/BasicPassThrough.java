package io.opensdr.gateway.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An HTTP Basic request to a campaign-service route: the gateway does not know the passwords,
 * so it lets the request through untouched and campaign-service checks the credentials.
 */
final class BasicPassThrough extends AbstractAuthenticationToken {

  BasicPassThrough() {
    super(List.of());
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return "basic";
  }
}
