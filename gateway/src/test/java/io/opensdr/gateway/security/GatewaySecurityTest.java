package io.opensdr.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import io.opensdr.gateway.testing.GatewayTestSupport;
import io.opensdr.gateway.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Seam 1 at the gateway: tokens, their two carriers, CSRF, the public routes, Basic. */
class GatewaySecurityTest extends GatewayTestSupport {

  private static final String BASIC = "Basic YWRhQGV4YW1wbGUuY29tOnNlY3JldA==";

  @Test
  void shouldForwardAValidBearerTokenUnchanged() {
    String bearer = TestTokens.bearer("user-1");
    qualifierService.stubFor(get(urlEqualTo("/api/qualifier/x")).willReturn(okJson("{}")));

    client
        .get()
        .uri("/api/qualifier/x")
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .exchange()
        .expectStatus()
        .isOk();

    qualifierService.verify(
        getRequestedFor(urlEqualTo("/api/qualifier/x"))
            .withHeader(HttpHeaders.AUTHORIZATION, equalTo(bearer)));
  }

  @Test
  void shouldAcceptTheAccessCookieUnderEitherNameAndForwardTheCookies() {
    outreachService.stubFor(get(urlEqualTo("/api/outreach/x")).willReturn(okJson("{}")));
    for (String name : new String[] {"__Host-opensdr-access", "opensdr-access"}) {
      String token = TestTokens.valid("user-2");

      client
          .get()
          .uri("/api/outreach/x")
          .cookie(name, token)
          .exchange()
          .expectStatus()
          .isOk();

      outreachService.verify(
          getRequestedFor(urlEqualTo("/api/outreach/x"))
              .withCookie(name, equalTo(token))
              .withHeader(HttpHeaders.AUTHORIZATION, absent()));
    }
  }

  @Test
  void shouldAnswer401ProblemWithoutAToken() {
    expectUnauthorized(client.get().uri("/api/qualifier/x"))
        .jsonPath("$.detail")
        .value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
            .contains("Sign in first"));
    expectUnauthorized(client.post().uri("/api/campaigns"));
    expectUnauthorized(client.get().uri("/api/dashboard/stream"));

    qualifierService.verify(0, getRequestedFor(anyUrl()));
    campaignService.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void shouldAnswer401ProblemForAnExpiredForgedOrForeignToken() {
    for (String token :
        new String[] {
          TestTokens.expired("user-3"),
          TestTokens.signedByAnotherKey("user-3"),
          TestTokens.fromAnotherIssuer("user-3"),
          "not-a-jwt"
        }) {
      expectUnauthorized(
              client
                  .get()
                  .uri("/api/qualifier/x")
                  .header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
          .jsonPath("$.detail")
          .isEqualTo("The access token is not valid or has expired: sign in again.");
      expectUnauthorized(client.get().uri("/api/qualifier/x").cookie("opensdr-access", token));
    }
    qualifierService.verify(0, getRequestedFor(anyUrl()));
  }

  @Test
  void shouldPassBasicToCampaignServiceRoutesOnly() {
    campaignService.stubFor(get(urlEqualTo("/api/me")).willReturn(okJson("{}")));

    client
        .get()
        .uri("/api/me")
        .header(HttpHeaders.AUTHORIZATION, BASIC)
        .exchange()
        .expectStatus()
        .isOk();
    expectUnauthorized(
            client.get().uri("/api/qualifier/x").header(HttpHeaders.AUTHORIZATION, BASIC))
        .jsonPath("$.detail")
        .isEqualTo(TokenCarriers.BASIC_ELSEWHERE);
    expectUnauthorized(
        client.get().uri("/api/outreach/x").header(HttpHeaders.AUTHORIZATION, "Digest x=1"));

    campaignService.verify(
        getRequestedFor(urlEqualTo("/api/me")).withHeader(HttpHeaders.AUTHORIZATION, equalTo(BASIC)));
    qualifierService.verify(0, getRequestedFor(anyUrl()));
  }

  @Test
  void shouldRequireTheCsrfEchoForAChangeAuthenticatedByTheCookieAlone() {
    campaignService.stubFor(post(urlEqualTo("/api/campaigns")).willReturn(okJson("{}")));
    String token = TestTokens.valid("user-4");

    // No echo, or a wrong one: refused before the service.
    client
        .post()
        .uri("/api/campaigns")
        .cookie("__Host-opensdr-access", token)
        .cookie("XSRF-TOKEN", "csrf-1")
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(403)
        .jsonPath("$.detail")
        .value(d -> org.assertj.core.api.Assertions.assertThat((String) d).contains("X-XSRF-TOKEN"));
    client
        .post()
        .uri("/api/campaigns")
        .cookie("__Host-opensdr-access", token)
        .cookie("XSRF-TOKEN", "csrf-1")
        .header("X-XSRF-TOKEN", "csrf-2")
        .exchange()
        .expectStatus()
        .isForbidden();
    // The refresh cookie alone needs it too (refresh, logout).
    client
        .post()
        .uri("/api/auth/refresh")
        .cookie("opensdr-refresh", "r-1")
        .exchange()
        .expectStatus()
        .isForbidden();
    campaignService.verify(0, postRequestedFor(anyUrl()));

    // The echo: through, with the cookies and the header as they were.
    client
        .post()
        .uri("/api/campaigns")
        .cookie("__Host-opensdr-access", token)
        .cookie("XSRF-TOKEN", "csrf-1")
        .header("X-XSRF-TOKEN", "csrf-1")
        .exchange()
        .expectStatus()
        .isOk();
    // A bearer token needs none (a cross-site page cannot make the browser send it).
    client
        .post()
        .uri("/api/campaigns")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .cookie("__Host-opensdr-access", token)
        .exchange()
        .expectStatus()
        .isOk();
    campaignService.verify(
        postRequestedFor(urlEqualTo("/api/campaigns"))
            .withCookie("XSRF-TOKEN", equalTo("csrf-1"))
            .withHeader("X-XSRF-TOKEN", equalTo("csrf-1")));
    campaignService.verify(2, postRequestedFor(urlEqualTo("/api/campaigns")));
  }

  @Test
  void shouldLetThePublicRoutesThroughWithoutAToken() {
    campaignService.stubFor(post(urlPathMatching("/api/(auth|invitations)/.*")).willReturn(okJson("{}")));
    campaignService.stubFor(get(urlEqualTo("/api/auth/csrf")).willReturn(okJson("{}")));
    outreachService.stubFor(post(urlPathMatching("/api/outreach/.*")).willReturn(okJson("{}")));
    outreachService.stubFor(get(urlPathMatching("/api/outreach/.*")).willReturn(okJson("{}")));

    for (String path :
        new String[] {
          "/api/auth/signup",
          "/api/auth/login",
          "/api/auth/refresh",
          "/api/auth/logout",
          "/api/invitations/accept",
          "/api/invitations/preview",
          "/api/outreach/webhooks/sendgrid",
          "/api/outreach/unsubscribe/t-1"
        }) {
      client.post().uri(path).exchange().expectStatus().isOk();
    }
    for (String path :
        new String[] {
          "/api/auth/jwks", "/api/auth/csrf", "/api/outreach/track/open/t-1",
          "/api/outreach/unsubscribe/t-1", "/actuator/health", "/"
        }) {
      client.get().uri(path).accept(MediaType.TEXT_HTML, MediaType.ALL).exchange().expectStatus().isOk();
    }
    // An expired access cookie does not stand in the way of logging in again.
    client
        .post()
        .uri("/api/auth/login")
        .cookie("opensdr-access", TestTokens.expired("user-5"))
        .cookie("XSRF-TOKEN", "c")
        .header("X-XSRF-TOKEN", "c")
        .exchange()
        .expectStatus()
        .isOk();
    // A provider's webhook is passed on whatever it carries; outreach checks its signature.
    client
        .post()
        .uri("/api/outreach/webhooks/sendgrid")
        .header(HttpHeaders.AUTHORIZATION, BASIC)
        .exchange()
        .expectStatus()
        .isOk();
    // Anything else under these prefixes is not public.
    expectUnauthorized(client.post().uri("/api/auth/switch-workspace"));
    expectUnauthorized(client.get().uri("/api/invitations/i-1"));
    expectUnauthorized(client.post().uri("/api/outreach/erasure-requests"));
  }

  private static WebTestClient.BodyContentSpec expectUnauthorized(
      WebTestClient.RequestHeadersSpec<?> request) {
    return request
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(401)
        .jsonPath("$.title")
        .isEqualTo("Unauthorized")
        .jsonPath("$.instance")
        .exists();
  }
}
