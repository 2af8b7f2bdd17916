package io.opensdr.gateway.security;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sessions signed out ({@code opensdr.gateway.security.revocations.*}), read from
 * campaign-service as every service reads them (service-kit's {@code opensdr.security.revocations-*}).
 *
 * @param uri     campaign-service's {@code GET /api/auth/revocations}
 * @param refresh how old the list may be when a token is checked: the longest a signed-out session's
 *                token still passes the gateway (plus one fetch)
 * @param issuer  the {@code iss} of campaign-service's tokens, the only ones looked up (an external
 *                provider's sessions are its own business)
 */
@ConfigurationProperties("opensdr.gateway.security.revocations")
public record RevocationProperties(
    URI uri,
    @DefaultValue("2s") Duration refresh,
    @DefaultValue("urn:opensdr:campaign-service") String issuer) {

  public RevocationProperties {
    if (uri == null) {
      throw new IllegalArgumentException("opensdr.gateway.security.revocations.uri must be set");
    }
    if (refresh.isNegative() || refresh.isZero()) {
      throw new IllegalArgumentException(
          "opensdr.gateway.security.revocations.refresh must be positive");
    }
  }
}
