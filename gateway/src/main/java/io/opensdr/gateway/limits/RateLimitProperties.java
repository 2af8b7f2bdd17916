package io.opensdr.gateway.limits;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request rate limits ({@code opensdr.gateway.rate-limits.*}), kept in memory: right for one
 * gateway instance; several instances would each allow the limit (a shared store, e.g. Redis,
 * would be needed then).
 *
 * @param perIp every request from one client address (but health probes)
 * @param perUser every request of one signed-in user (the token's {@code sub})
 * @param signIn sign-in, sign-up, refresh and invitation acceptance, per client address: tighter
 * @param trustedProxies addresses or CIDR ranges of proxies in front of the gateway (an ingress):
 *     from those, the client address is taken from {@code X-Forwarded-For}; empty: the direct peer
 */
@ConfigurationProperties("opensdr.gateway.rate-limits")
public record RateLimitProperties(
    Limit perIp, Limit perUser, Limit signIn, @DefaultValue List<String> trustedProxies) {

  public RateLimitProperties {
    perIp = perIp != null ? perIp : new Limit(600, Duration.ofMinutes(1));
    perUser = perUser != null ? perUser : new Limit(300, Duration.ofMinutes(1));
    signIn = signIn != null ? signIn : new Limit(20, Duration.ofMinutes(1));
  }

  public record Limit(int requests, Duration window) {
    public Limit {
      if (requests < 1 || window == null || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException(
            "a rate limit needs requests >= 1 and a positive window, was "
                + requests
                + " per "
                + window);
      }
    }
  }
}
