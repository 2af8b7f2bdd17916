package io.opensdr.gateway.limits;

import io.opensdr.gateway.web.ProblemResponses;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * The rate limits as two filters: {@link #perAddress()} before the token is checked (so a flood
 * of bad tokens is limited too), {@link #perUser()} after it, keyed by the token's {@code sub}.
 * A refused request gets 429 with {@code Retry-After} (seconds) and a problem.
 */
public final class RateLimitFilters {

  private static final List<PathPattern> SIGN_IN =
      List.of(
              "/api/auth/login",
              "/api/auth/signup",
              "/api/auth/refresh",
              "/api/invitations/accept",
              "/api/invitations/preview")
          .stream()
          .map(PathPatternParser.defaultInstance::parse)
          .toList();
  private static final PathPattern HEALTH =
      PathPatternParser.defaultInstance.parse("/actuator/health/**");

  private final FixedWindowRateLimiter perIp;
  private final FixedWindowRateLimiter perUser;
  private final FixedWindowRateLimiter signIn;
  private final List<AddressRange> trustedProxies;
  private final ProblemResponses problems;

  RateLimitFilters(
      RateLimitProperties properties,
      RateLimitCounter counter,
      Clock clock,
      ProblemResponses problems) {
    Duration timeout = properties.mongodb().timeout();
    this.perIp = new FixedWindowRateLimiter("ip", properties.perIp(), counter, clock, timeout);
    this.perUser =
        new FixedWindowRateLimiter("user", properties.perUser(), counter, clock, timeout);
    this.signIn =
        new FixedWindowRateLimiter("sign-in", properties.signIn(), counter, clock, timeout);
    this.trustedProxies = properties.trustedProxies().stream().map(AddressRange::new).toList();
    this.problems = problems;
  }

  /** Per client address; tighter on the sign-in routes. Runs before security. */
  public WebFilter perAddress() {
    return new OrderedFilter(
        Ordered.HIGHEST_PRECEDENCE + 10,
        (exchange, chain) -> {
          ServerHttpRequest request = exchange.getRequest();
          if (HEALTH.matches(request.getPath().pathWithinApplication())) {
            return chain.filter(exchange);
          }
          String address = clientAddress(request);
          return perIp
              .tryAcquire(address)
              .flatMap(
                  decision ->
                      decision.allowed() && isSignIn(request)
                          ? signIn.tryAcquire(address)
                          : Mono.just(decision))
              .flatMap(
                  decision ->
                      decision.allowed()
                          ? chain.filter(exchange)
                          : tooMany(exchange, decision, "from this address"));
        });
  }

  /** Per signed-in user (the access token's subject). Runs right after authentication. */
  public WebFilter perUser() {
    return (exchange, chain) ->
        ReactiveSecurityContextHolder.getContext()
            .mapNotNull(SecurityContext::getAuthentication)
            .filter(JwtAuthenticationToken.class::isInstance)
            .flatMap(principal -> perUser.tryAcquire(principal.getName()))
            .defaultIfEmpty(FixedWindowRateLimiter.Decision.ALLOWED)
            .flatMap(
                decision ->
                    decision.allowed()
                        ? chain.filter(exchange)
                        : tooMany(exchange, decision, "for this user"));
  }

  private Mono<Void> tooMany(
      ServerWebExchange exchange, FixedWindowRateLimiter.Decision decision, String whose) {
    exchange
        .getResponse()
        .getHeaders()
        .set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
    return problems.write(
        exchange,
        HttpStatus.TOO_MANY_REQUESTS,
        "Too many requests",
        "Too many requests "
            + whose
            + ". Try again in "
            + decision.retryAfterSeconds()
            + " seconds.");
  }

  private static boolean isSignIn(ServerHttpRequest request) {
    return request.getMethod() == HttpMethod.POST
        && SIGN_IN.stream()
            .anyMatch(pattern -> pattern.matches(request.getPath().pathWithinApplication()));
  }

  /**
   * The direct peer, unless it is a trusted proxy: then the right-most {@code X-Forwarded-For}
   * entry that is not a trusted proxy (entries further left are the client's to invent).
   */
  String clientAddress(ServerHttpRequest request) {
    InetSocketAddress remote = request.getRemoteAddress();
    String peer =
        remote == null || remote.getAddress() == null
            ? "unknown"
            : remote.getAddress().getHostAddress();
    if (!isTrusted(peer)) {
      return peer;
    }
    List<String> forwarded = request.getHeaders().getOrEmpty("X-Forwarded-For");
    String[] hops = String.join(",", forwarded).split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (!hop.isEmpty() && !isTrusted(hop)) {
        return hop;
      }
    }
    return peer;
  }

  private boolean isTrusted(String address) {
    return trustedProxies.stream().anyMatch(range -> range.contains(address));
  }

  private record OrderedFilter(int order, WebFilter delegate) implements WebFilter, Ordered {
    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
      return delegate.filter(exchange, chain);
    }

    @Override
    public int getOrder() {
      return order;
    }
  }
}
