package io.opensdr.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;

import io.opensdr.gateway.testing.GatewayTestSupport;
import io.opensdr.gateway.testing.TestTokens;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Logout and audience at the gateway: a signed-out session's token, or one for another API, is a 401. */
class SignedOutSessionsTest extends GatewayTestSupport {

  @Test
  void shouldRefuseATokenWithinSecondsOfItsSessionBeingListedAsSignedOut() {
    qualifierService.stubFor(get(urlEqualTo("/api/qualifier/x")).willReturn(okJson("{}")));
    String session = "session-" + UUID.randomUUID();
    String token = TestTokens.ofSession("user-7", session);
    String otherSession = TestTokens.ofSession("user-7", "session-" + UUID.randomUUID());
    request(token).expectStatus().isOk();

    campaignService.stubFor(
        get(urlEqualTo("/api/auth/revocations"))
            .willReturn(okJson("{\"sessions\":[\"" + session + "\"]}")));

    await()
        .atMost(Duration.ofSeconds(6))
        .untilAsserted(
            () ->
                request(token)
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.detail")
                    .isEqualTo("The access token is not valid or has expired: sign in again."));
    client
        .get()
        .uri("/api/qualifier/x")
        .cookie("__Host-opensdr-access", token)
        .exchange()
        .expectStatus()
        .isUnauthorized();
    request(otherSession).expectStatus().isOk();
  }

  @Test
  void shouldRefuseATokenForAnotherAudienceOrWithoutOne() {
    qualifierService.stubFor(get(urlEqualTo("/api/qualifier/x")).willReturn(okJson("{}")));

    request(TestTokens.forAudience("user-8", "billing-api")).expectStatus().isUnauthorized();
    request(TestTokens.forAudience("user-8", null)).expectStatus().isUnauthorized();

    qualifierService.verify(0, getRequestedFor(anyUrl()));
    request(TestTokens.forAudience("user-8", TestTokens.AUDIENCE)).expectStatus().isOk();
  }

  @Test
  void shouldServeTheRevocationListWithoutAToken() {
    campaignService.stubFor(
        get(urlEqualTo("/api/auth/revocations")).willReturn(okJson("{\"sessions\":[]}")));

    client.get().uri("/api/auth/revocations").exchange().expectStatus().isOk();
  }

  private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec request(
      String token) {
    return client
        .get()
        .uri("/api/qualifier/x")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .exchange();
  }
}
