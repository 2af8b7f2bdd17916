package io.opensdr.gateway.security;

import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.pathMatchers;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

/**
 * The routes a request may take without a token (Seam 1): signing in, the public keys, accepting
 * an invitation, the outreach endpoints prospects and providers call (each checks its own
 * signature), health, and the OpenAPI documents. The SPA's static files are outside
 * {@code /api} and {@code /actuator}, and open too.
 */
final class PublicRoutes {

  /** Sign-in endpoints: open, and the access cookie is ignored there (an expired one is normal). */
  static final ServerWebExchangeMatcher SIGN_IN =
      new OrServerWebExchangeMatcher(
          pathMatchers(
              HttpMethod.POST,
              "/api/auth/signup",
              "/api/auth/login",
              "/api/auth/refresh",
              "/api/auth/logout",
              "/api/invitations/accept",
              "/api/invitations/preview"),
          pathMatchers(
              HttpMethod.GET, "/api/auth/jwks", "/api/auth/revocations", "/api/auth/csrf"));

  /** Called by mail providers, schedulers and prospects' mail clients: never by cookie. */
  static final ServerWebExchangeMatcher OUTREACH_PUBLIC =
      pathMatchers(
          "/api/outreach/webhooks/**", "/api/outreach/unsubscribe/**", "/api/outreach/track/**");

  static final ServerWebExchangeMatcher DOCS =
      pathMatchers(
          "/api/docs/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");

  static final ServerWebExchangeMatcher HEALTH =
      pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**");

  static final ServerWebExchangeMatcher ALL =
      new OrServerWebExchangeMatcher(SIGN_IN, OUTREACH_PUBLIC, DOCS, HEALTH);

  private PublicRoutes() {}
}
