package io.opensdr.gateway.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import io.opensdr.gateway.testing.GatewayTestSupport;
import io.opensdr.gateway.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** CORS for the SPA's configured origin only; security headers on every kind of answer. */
class CorsAndHeadersTest extends GatewayTestSupport {

  @Test
  void shouldAllowTheSpaOriginWithCredentials() {
    qualifierService.stubFor(get(urlEqualTo("/api/qualifier/x")).willReturn(okJson("{}")));

    client
        .options()
        .uri("/api/qualifier/x")
        .header(HttpHeaders.ORIGIN, SPA_ORIGIN)
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type, x-xsrf-token")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SPA_ORIGIN)
        .expectHeader()
        .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true")
        .expectHeader()
        .value(
            HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
            v -> org.assertj.core.api.Assertions.assertThat(v.toLowerCase()).contains("x-xsrf-token"));
    client
        .get()
        .uri("/api/qualifier/x")
        .header(HttpHeaders.ORIGIN, SPA_ORIGIN)
        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("user-cors"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SPA_ORIGIN);
  }

  @Test
  void shouldGiveAForeignOriginNoCorsHeaders() {
    qualifierService.stubFor(get(urlEqualTo("/api/qualifier/x")).willReturn(okJson("{}")));

    client
        .options()
        .uri("/api/qualifier/x")
        .header(HttpHeaders.ORIGIN, "https://evil.example")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
        .expectHeader()
        .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
    client
        .get()
        .uri("/api/qualifier/x")
        .header(HttpHeaders.ORIGIN, "https://evil.example")
        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("user-cors"))
        .exchange()
        .expectHeader()
        .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
        .expectHeader()
        .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
  }

  @Test
  void shouldSendTheSecurityHeadersOnPagesApiAnswersAndRefusals() {
    campaignService.stubFor(get(urlEqualTo("/api/me")).willReturn(okJson("{}")));
    String bearer = TestTokens.bearer("user-headers");

    expectSecurityHeaders(client.get().uri("/").accept(MediaType.TEXT_HTML));
    expectSecurityHeaders(client.get().uri("/campaigns/1").accept(MediaType.TEXT_HTML));
    expectSecurityHeaders(client.get().uri("/api/me").header(HttpHeaders.AUTHORIZATION, bearer));
    // The gateway's own refusals: 401, 503 and 404.
    expectSecurityHeaders(client.get().uri("/api/me"));
    expectSecurityHeaders(
        client.get().uri("/api/prospector/x").header(HttpHeaders.AUTHORIZATION, bearer));
    expectSecurityHeaders(
        client.method(HttpMethod.GET).uri("/api/nowhere").header(HttpHeaders.AUTHORIZATION, bearer));
  }

  private static void expectSecurityHeaders(
      org.springframework.test.web.reactive.server.WebTestClient.RequestHeadersSpec<?> request) {
    request
        .exchange()
        .expectHeader()
        .valueEquals("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY)
        .expectHeader()
        .valueEquals("Strict-Transport-Security", SecurityHeadersFilter.STRICT_TRANSPORT_SECURITY)
        .expectHeader()
        .valueEquals("X-Content-Type-Options", "nosniff")
        .expectHeader()
        .valueEquals("X-Frame-Options", "DENY")
        .expectHeader()
        .valueEquals("Referrer-Policy", "no-referrer");
  }
}
