package io.opensdr.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Security headers on every response: the SPA's pages and assets, proxied API answers and error
 * pages alike. Set just before the response is committed, so they win over whatever a
 * downstream service sent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter implements WebFilter {

  /**
   * The built SPA loads only its own hashed scripts and stylesheets from {@code /assets} (no
   * inline script or style element) and calls its own origin's {@code /api}. The SPA keeps the
   * UI kit (Mantine) from writing {@code <style>} elements at run time (frontend/README.md), so
   * styles stay {@code 'self'} too; the browser end-to-end test fails on any CSP violation.
   */
  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self'",
          "img-src 'self' data:",
          "font-src 'self'",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'");

  /**
   * Swagger UI's pages only ({@code /swagger-ui/**}): its scripts and stylesheets are files too, but
   * its React components and syntax highlighter write {@code style} attributes, so styles there may
   * be inline. Scripts stay {@code 'self'}; the SPA's pages keep the strict policy above.
   */
  static final String SWAGGER_UI_CONTENT_SECURITY_POLICY =
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  static final String SWAGGER_UI_PATH = "/swagger-ui/";

  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    exchange
        .getResponse()
        .beforeCommit(
            () -> {
              HttpHeaders headers = exchange.getResponse().getHeaders();
              // Browsers ignore it over plain http (RFC 6797 8.1), so it is sent always.
              headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
              headers.set("X-Content-Type-Options", "nosniff");
              headers.set("X-Frame-Options", "DENY");
              headers.set("Referrer-Policy", "no-referrer");
              headers.set(
                  "Content-Security-Policy",
                  exchange.getRequest().getPath().value().startsWith(SWAGGER_UI_PATH)
                      ? SWAGGER_UI_CONTENT_SECURITY_POLICY
                      : CONTENT_SECURITY_POLICY);
              headers.set("Cross-Origin-Opener-Policy", "same-origin");
              headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
              return Mono.empty();
            });
    return chain.filter(exchange);
  }
}
