package io.opensdr.gateway.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway with its route targets swapped for WireMock servers; campaign-service's stands in
 * for its JWKS too. Every test class extending this shares one application context (and these
 * servers, which live as long as the JVM).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GatewayTestSupport {

  protected static final WireMockServer campaignService = started();
  protected static final WireMockServer qualifierService = started();
  protected static final WireMockServer outreachService = started();

  /** Nothing listens there: the prospector service is down. */
  protected static final int downPort = freePort();

  public static final String SPA_ORIGIN = "https://app.opensdr.test";

  @DynamicPropertySource
  static void routeTargets(DynamicPropertyRegistry registry) {
    registry.add("server.address", () -> "127.0.0.1");
    registry.add("opensdr.gateway.campaign-url", campaignService::baseUrl);
    registry.add("opensdr.gateway.prospector-url", () -> "http://127.0.0.1:" + downPort);
    registry.add("opensdr.gateway.qualifier-url", qualifierService::baseUrl);
    registry.add("opensdr.gateway.outreach-url", outreachService::baseUrl);
    registry.add("opensdr.gateway.security.allowed-origins", () -> SPA_ORIGIN);
    registry.add("opensdr.gateway.limits.max-body", () -> "64KB");
    // Far above what these tests send: the limits have their own test and context.
    registry.add("opensdr.gateway.rate-limits.per-ip.requests", () -> "100000");
    registry.add("opensdr.gateway.rate-limits.per-user.requests", () -> "100000");
    registry.add("opensdr.gateway.rate-limits.sign-in.requests", () -> "100000");
  }

  @LocalServerPort int port;

  protected WebTestClient client;

  @BeforeEach
  void resetStubs() {
    client = TestClients.gatewayOn(port);
    campaignService.resetAll();
    qualifierService.resetAll();
    outreachService.resetAll();
    campaignService.stubFor(get(urlEqualTo("/api/auth/jwks")).willReturn(okJson(TestTokens.jwks())));
    campaignService.stubFor(
        get(urlEqualTo("/api/auth/revocations")).willReturn(okJson("{\"sessions\":[]}")));
  }

  private static WireMockServer started() {
    WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    return server;
  }

  protected static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
