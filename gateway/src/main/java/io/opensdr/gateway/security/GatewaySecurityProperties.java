package io.opensdr.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway finds a request's token ({@code opensdr.gateway.security.*}). The token's
 * signature is checked against the JWKS of {@code spring.security.oauth2.resourceserver.jwt.*}.
 *
 * @param accessCookies names of the access-token cookie: {@code __Host-opensdr-access} when
 *     campaign-service's cookies are Secure, {@code opensdr-access} when they are not (local http)
 * @param refreshCookies names of the refresh-token cookie, which also needs the CSRF token
 * @param campaignPaths the paths routed to campaign-service, the only ones where HTTP Basic is
 *     passed on (campaign-service checks it)
 * @param allowedOrigins origins allowed to call the API cross-origin with credentials (CORS);
 *     empty: same origin only, as when the gateway serves the SPA itself
 */
@ConfigurationProperties("opensdr.gateway.security")
public record GatewaySecurityProperties(
    @DefaultValue({"__Host-opensdr-access", "opensdr-access"}) List<String> accessCookies,
    @DefaultValue({"__Secure-opensdr-refresh", "opensdr-refresh"}) List<String> refreshCookies,
    List<String> campaignPaths,
    @DefaultValue List<String> allowedOrigins) {

  public GatewaySecurityProperties {
    if (campaignPaths == null || campaignPaths.isEmpty()) {
      throw new IllegalArgumentException("opensdr.gateway.security.campaign-paths must be set");
    }
    for (String origin : allowedOrigins) {
      if (origin.equals("*") || origin.endsWith("/") || !origin.matches("https?://[^/]+")) {
        throw new IllegalArgumentException(
            "opensdr.gateway.security.allowed-origins takes origins like https://app.example.com,"
                + " was: "
                + origin);
      }
    }
  }
}
