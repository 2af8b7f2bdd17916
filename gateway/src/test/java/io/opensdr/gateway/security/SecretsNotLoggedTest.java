package io.opensdr.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opensdr.gateway.testing.GatewayTestSupport;
import io.opensdr.gateway.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

/**
 * With security and the gateway at TRACE and the web layer at DEBUG, no token, cookie value or
 * password that passes through the gateway (accepted, refused, signed out) reaches its log.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
    properties = {
      "logging.level.org.springframework.security=TRACE",
      "logging.level.org.springframework.cloud.gateway=TRACE",
      "logging.level.org.springframework.web=DEBUG",
      "logging.level.io.opensdr=DEBUG"
    })
class SecretsNotLoggedTest extends GatewayTestSupport {

  @Test
  void shouldLogNoTokenCookieOrPasswordOfTheRequestsItChecks(CapturedOutput output) {
    qualifierService.stubFor(get(urlEqualTo("/api/qualifier/x")).willReturn(okJson("{}")));
    campaignService.stubFor(
        post(urlEqualTo("/api/auth/login"))
            .willReturn(
                okJson("{}")
                    .withHeader(
                        HttpHeaders.SET_COOKIE,
                        "__Host-opensdr-access=set-cookie-access-value; Path=/; HttpOnly")));
    String session = "session-" + UUID.randomUUID();
    String accepted = TestTokens.valid("user-logs");
    String signedOut = TestTokens.ofSession("user-logs", session);
    String otherAudience = TestTokens.forAudience("user-logs", "billing-api");
    String password = "quiet-meadow-copper-77-" + UUID.randomUUID();
    campaignService.stubFor(
        get(urlEqualTo("/api/auth/revocations"))
            .willReturn(okJson("{\"sessions\":[\"" + session + "\"]}")));

    client
        .get()
        .uri("/api/qualifier/x")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + accepted)
        .exchange()
        .expectStatus()
        .isOk();
    client
        .get()
        .uri("/api/qualifier/x")
        .cookie("__Host-opensdr-access", accepted)
        .exchange()
        .expectStatus()
        .isOk();
    for (String refused : List.of(otherAudience, accepted + "x")) {
      client
          .get()
          .uri("/api/qualifier/x")
          .header(HttpHeaders.AUTHORIZATION, "Bearer " + refused)
          .exchange()
          .expectStatus()
          .isUnauthorized();
    }
    await()
        .atMost(Duration.ofSeconds(6))
        .untilAsserted(
            () ->
                client
                    .get()
                    .uri("/api/qualifier/x")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + signedOut)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized());
    client
        .post()
        .uri("/api/auth/login")
        .header("Content-Type", "application/json")
        .cookie("__Secure-opensdr-refresh", "refresh-cookie-value-" + session)
        .cookie("XSRF-TOKEN", "csrf-value")
        .header("X-XSRF-TOKEN", "csrf-value")
        .bodyValue("{\"email\":\"ada@example.com\",\"password\":\"" + password + "\"}")
        .exchange()
        .expectStatus()
        .isOk();

    String log = output.getAll();
    assertThat(log).as("the capture sees the gateway's log").contains("/api/qualifier/x");
    for (String secret :
        List.of(
            accepted,
            signedOut,
            otherAudience,
            password,
            "refresh-cookie-value-" + session,
            "set-cookie-access-value")) {
      assertThat(log).as("the log holds a secret").doesNotContain(secret);
    }
  }
}
