package io.opensdr.gateway.security;

import io.opensdr.gateway.testing.TestClients;
import io.opensdr.gateway.testing.TestTokens;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** campaign-service (and its JWKS) down: a token cannot be checked, which is a 503, not a 401. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwksUnreachableTest {

  static final String down = "http://127.0.0.1:" + freePort();

  @DynamicPropertySource
  static void routeTargets(DynamicPropertyRegistry registry) {
    registry.add("server.address", () -> "127.0.0.1");
    registry.add("opensdr.gateway.campaign-url", () -> down);
    registry.add("opensdr.gateway.prospector-url", () -> down);
    registry.add("opensdr.gateway.qualifier-url", () -> down);
    registry.add("opensdr.gateway.outreach-url", () -> down);
  }

  @LocalServerPort int port;

  WebTestClient client;

  @BeforeEach
  void client() {
    client = TestClients.gatewayOn(port);
  }

  @Test
  void shouldAnswer503ProblemWhenTheKeysCannotBeFetched() {
    client
        .get()
        .uri("/api/qualifier/x")
        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("user-1"))
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo(
            "Sign-in cannot be checked right now (campaign-service's keys are unreachable). Try"
                + " again in a moment.");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
