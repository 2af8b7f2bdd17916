package io.opensdr.gateway.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway in front of four WireMock services, with small limits (64 KB bodies, 1 MB for the
 * CSV import, SendGrid's webhook at its default 5 MB; 5 requests a minute per address, 3 per user,
 * 2 sign-ins) and 127.0.0.1 as a
 * trusted proxy, so each test picks its own client address with {@code X-Forwarded-For}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AllServicesUpTestSupport {

  protected static final WireMockServer campaignService = started();
  protected static final WireMockServer prospectorService = started();
  protected static final WireMockServer qualifierService = started();
  protected static final WireMockServer outreachService = started();

  @DynamicPropertySource
  static void routeTargets(DynamicPropertyRegistry registry) {
    registry.add("server.address", () -> "127.0.0.1");
    registry.add("opensdr.gateway.campaign-url", campaignService::baseUrl);
    registry.add("opensdr.gateway.prospector-url", prospectorService::baseUrl);
    registry.add("opensdr.gateway.qualifier-url", qualifierService::baseUrl);
    registry.add("opensdr.gateway.outreach-url", outreachService::baseUrl);
    registry.add("opensdr.gateway.limits.max-body", () -> "64KB");
    registry.add("opensdr.gateway.limits.csv-import-max-body", () -> "1MB");
    registry.add("opensdr.gateway.rate-limits.per-ip.requests", () -> "5");
    registry.add("opensdr.gateway.rate-limits.per-user.requests", () -> "3");
    registry.add("opensdr.gateway.rate-limits.sign-in.requests", () -> "2");
    registry.add("opensdr.gateway.rate-limits.trusted-proxies", () -> "127.0.0.1/32");
  }

  @LocalServerPort int port;

  protected WebTestClient client;

  @BeforeEach
  void resetStubs() {
    client = TestClients.gatewayOn(port);
    for (WireMockServer service :
        new WireMockServer[] {campaignService, prospectorService, qualifierService, outreachService}) {
      service.resetAll();
    }
    campaignService.stubFor(get(urlEqualTo("/api/auth/jwks")).willReturn(okJson(TestTokens.jwks())));
    campaignService.stubFor(
        get(urlEqualTo("/api/auth/revocations")).willReturn(okJson("{\"sessions\":[]}")));
  }

  private static WireMockServer started() {
    WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    return server;
  }
}
