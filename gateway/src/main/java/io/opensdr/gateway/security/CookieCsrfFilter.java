package io.opensdr.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import io.opensdr.gateway.web.ProblemResponses;
import reactor.core.publisher.Mono;

/**
 * Double submit, exactly as campaign-service checks it: a state-changing request authenticated by
 * the cookies alone (no {@code Authorization} header, an access or refresh cookie present) must
 * echo the {@code XSRF-TOKEN} cookie in the {@code X-XSRF-TOKEN} header. Only a page of the SPA's
 * origin can read that cookie. The outreach endpoints called from mail (unsubscribe, tracking,
 * webhooks) are never cookie-authenticated and are not checked.
 */
final class CookieCsrfFilter implements WebFilter {

  static final String COOKIE = "XSRF-TOKEN";
  static final String HEADER = "X-XSRF-TOKEN";
  private static final Set<HttpMethod> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

  private final List<String> sessionCookies;
  private final ProblemResponses problems;

  CookieCsrfFilter(GatewaySecurityProperties properties, ProblemResponses problems) {
    this.sessionCookies =
        java.util.stream.Stream.concat(
                properties.accessCookies().stream(), properties.refreshCookies().stream())
            .toList();
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    if (SAFE.contains(request.getMethod())
        || request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)
        || !hasSessionCookie(request)) {
      return chain.filter(exchange);
    }
    return PublicRoutes.OUTREACH_PUBLIC
        .matches(exchange)
        .flatMap(
            outreach -> {
              if (outreach.isMatch() || echoes(request)) {
                return chain.filter(exchange);
              }
              return problems.write(
                  exchange,
                  HttpStatus.FORBIDDEN,
                  "Forbidden",
                  "Missing or wrong CSRF token: send the XSRF-TOKEN cookie's value in the"
                      + " X-XSRF-TOKEN header.");
            });
  }

  private boolean hasSessionCookie(ServerHttpRequest request) {
    return sessionCookies.stream()
        .map(name -> request.getCookies().getFirst(name))
        .anyMatch(cookie -> cookie != null && !cookie.getValue().isBlank());
  }

  private static boolean echoes(ServerHttpRequest request) {
    HttpCookie cookie = request.getCookies().getFirst(COOKIE);
    String header = request.getHeaders().getFirst(HEADER);
    if (cookie == null || cookie.getValue().isBlank() || header == null || header.isBlank()) {
      return false;
    }
    return MessageDigest.isEqual(
        cookie.getValue().getBytes(StandardCharsets.UTF_8),
        header.getBytes(StandardCharsets.UTF_8));
  }
}
