package io.opensdr.gateway.limits;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request rate limits ({@code opensdr.gateway.rate-limits.*}), counted in memory (right for one
 * gateway instance; several instances would each allow the limit) or in MongoDB, shared by every
 * instance.
 *
 * @param perIp every request from one client address (but health probes)
 * @param perUser every request of one signed-in user (the token's {@code sub})
 * @param signIn sign-in, sign-up, refresh and invitation acceptance, per client address: tighter
 * @param trustedProxies addresses or CIDR ranges of proxies in front of the gateway (an ingress):
 *     from those, the client address is taken from {@code X-Forwarded-For}; empty: the direct peer
 * @param store where the requests are counted: {@code memory} (default) or {@code mongodb}
 * @param mongodb the shared store, when {@code store} is {@code mongodb}
 */
@ConfigurationProperties("opensdr.gateway.rate-limits")
public record RateLimitProperties(
    Limit perIp,
    Limit perUser,
    Limit signIn,
    @DefaultValue List<String> trustedProxies,
    @DefaultValue("memory") Store store,
    @DefaultValue Mongodb mongodb) {

  public RateLimitProperties {
    perIp = perIp != null ? perIp : new Limit(600, Duration.ofMinutes(1));
    perUser = perUser != null ? perUser : new Limit(300, Duration.ofMinutes(1));
    signIn = signIn != null ? signIn : new Limit(20, Duration.ofMinutes(1));
  }

  public enum Store {
    MEMORY,
    MONGODB
  }

  /**
   * @param uri the connection string ({@code mongodb://...}); required with {@code store: mongodb}
   * @param database the database of the counters (the URI's own names the authentication database)
   * @param collection one document per key and window, removed by a TTL index once ended
   * @param timeout longer than this, the counter counts as down: the request passes (fail open)
   */
  public record Mongodb(
      String uri,
      @DefaultValue("opensdr-gateway") String database,
      @DefaultValue("rate-limit-windows") String collection,
      @DefaultValue("500ms") Duration timeout) {
    public Mongodb {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(
            "opensdr.gateway.rate-limits.mongodb.timeout must be positive, was " + timeout);
      }
    }
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
