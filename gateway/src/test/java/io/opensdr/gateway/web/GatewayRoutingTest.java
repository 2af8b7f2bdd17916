package io.opensdr.gateway.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import io.opensdr.gateway.testing.GatewayTestSupport;
import io.opensdr.gateway.testing.TestTokens;

/** Routing, the SPA, and the problems the gateway answers itself. */
class GatewayRoutingTest extends GatewayTestSupport {

  private static final String BASIC = "Basic YWRhQGV4YW1wbGUuY29tOnNlY3JldA==";
  private static final String BEARER = TestTokens.bearer("user-routing");

  @Test
  void shouldForwardCampaignRequestsWithTheAuthorizationHeaderIntact() {
    campaignService.stubFor(
        get(urlEqualTo("/api/campaigns"))
            .withHeader(HttpHeaders.AUTHORIZATION, equalTo(BASIC))
            .willReturn(okJson("[{\"id\":\"c-1\",\"name\":\"Demo\"}]")));

    client
        .get()
        .uri("/api/campaigns")
        .header(HttpHeaders.AUTHORIZATION, BASIC)
        .accept(MediaType.APPLICATION_JSON)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[0].id")
        .isEqualTo("c-1");

    campaignService.verify(
        getRequestedFor(urlEqualTo("/api/campaigns"))
            .withHeader(HttpHeaders.AUTHORIZATION, equalTo(BASIC)));
  }

  @Test
  void shouldRouteEachApiPrefixToItsService() {
    campaignService.stubFor(get(urlEqualTo("/api/me")).willReturn(okJson("{\"email\":\"a@b.c\"}")));
    campaignService.stubFor(
        get(urlPathEqualTo("/api/drafts")).willReturn(okJson("[]")));
    campaignService.stubFor(
        post(urlEqualTo("/api/campaigns/c-1/launch")).willReturn(okJson("{\"id\":\"c-1\"}")));
    qualifierService.stubFor(get(urlEqualTo("/api/qualifier/ping")).willReturn(okJson("{}")));
    outreachService.stubFor(get(urlEqualTo("/api/outreach/ping")).willReturn(okJson("{}")));

    client.get().uri("/api/me").header(HttpHeaders.AUTHORIZATION, BEARER).exchange().expectStatus().isOk();
    client.get().uri("/api/drafts?status=PENDING&campaignId=c-1").header(HttpHeaders.AUTHORIZATION, BEARER).exchange().expectStatus().isOk();
    client.post().uri("/api/campaigns/c-1/launch").header(HttpHeaders.AUTHORIZATION, BEARER).exchange().expectStatus().isOk();
    client.get().uri("/api/qualifier/ping").header(HttpHeaders.AUTHORIZATION, BEARER).exchange().expectStatus().isOk();
    client.get().uri("/api/outreach/ping").header(HttpHeaders.AUTHORIZATION, BEARER).exchange().expectStatus().isOk();

    campaignService.verify(getRequestedFor(urlEqualTo("/api/drafts?status=PENDING&campaignId=c-1")));
    campaignService.verify(postRequestedFor(urlEqualTo("/api/campaigns/c-1/launch")));
    qualifierService.verify(getRequestedFor(urlEqualTo("/api/qualifier/ping")));
    outreachService.verify(getRequestedFor(urlEqualTo("/api/outreach/ping")));
  }

  @Test
  void shouldRouteTheAccountReviewProspectAndDashboardPrefixesToTheCampaignService() {
    String[] paths = {
      "/api/auth/csrf",
      "/api/workspaces",
      "/api/workspaces/w-1/members",
      "/api/invitations/i-1",
      "/api/review/drafts",
      "/api/prospects?status=QUALIFIED&page=2",
      "/api/dashboard/summary"
    };
    for (String path : paths) {
      campaignService.stubFor(get(urlEqualTo(path)).willReturn(okJson("{\"from\":\"campaign\"}")));
    }
    campaignService.stubFor(post(urlEqualTo("/api/auth/login")).willReturn(okJson("{}")));

    for (String path : paths) {
      client
          .get()
          .uri(path)
          .header(HttpHeaders.AUTHORIZATION, BEARER)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.from")
          .isEqualTo("campaign");
    }
    client.post().uri("/api/auth/login").exchange().expectStatus().isOk();

    for (String path : paths) {
      campaignService.verify(getRequestedFor(urlEqualTo(path)));
    }
    campaignService.verify(postRequestedFor(urlEqualTo("/api/auth/login")));
  }

  @Test
  void shouldPassAServiceProblemThroughUnchanged() {
    String conflict =
        "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
            + "\"detail\":\"The campaign is already active.\"}";
    campaignService.stubFor(
        post(urlEqualTo("/api/campaigns/c-1/launch"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"x\"")
                    .withBody(conflict)));

    client
        .post()
        .uri("/api/campaigns/c-1/launch")
        .header(HttpHeaders.AUTHORIZATION, BEARER)
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectHeader()
        .doesNotExist(HttpHeaders.WWW_AUTHENTICATE)
        .expectBody()
        .json(conflict, true);
  }

  @Test
  void shouldAnswer503ProblemDetailsWhenTheServiceIsDown() {
    client
        .get()
        .uri("/api/prospector/searches")
        .header(HttpHeaders.AUTHORIZATION, BEARER)
        .accept(MediaType.APPLICATION_JSON)
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(503)
        .jsonPath("$.title")
        .isEqualTo("Service unavailable")
        .jsonPath("$.detail")
        .isEqualTo("prospector-service is unavailable. Try again in a moment.")
        .jsonPath("$.instance")
        .isEqualTo("/api/prospector/searches")
        .jsonPath("$.trace")
        .doesNotExist()
        .jsonPath("$.exception")
        .doesNotExist();
  }

  @Test
  void shouldServeTheSpaAtTheRoot() {
    String page = page("/", MediaType.TEXT_HTML);

    assertThat(page).contains("<div id=\"root\"></div>").contains("/assets/");
  }

  @Test
  void shouldServeTheSpaForClientSideRoutes() {
    client
        .get()
        .uri("/campaigns/123")
        .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML, MediaType.ALL)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectHeader()
        .cacheControl(org.springframework.http.CacheControl.noCache())
        .expectBody(String.class)
        .value(body -> assertThat(body).contains("<div id=\"root\"></div>"));
  }

  @Test
  void shouldServeTheSpaAssetsTheRootPageNames() {
    String page = page("/", MediaType.TEXT_HTML);
    String script = page.replaceAll("(?s).*<script[^>]*src=\"([^\"]+)\".*", "$1");
    assertThat(script).startsWith("/assets/").endsWith(".js");

    client
        .get()
        .uri(script)
        .accept(MediaType.ALL)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith("text/javascript");
  }

  @Test
  void shouldNotAnswerApiOrAssetPathsWithThePage() {
    client
        .get()
        .uri("/api/unknown")
        .header(HttpHeaders.AUTHORIZATION, BEARER)
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    client
        .get()
        .uri("/assets/missing.js")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isNotFound();
    // A script or fetch asking for */* is not a page load.
    client.get().uri("/campaigns/123").accept(MediaType.ALL).exchange().expectStatus().isNotFound();
  }

  @Test
  void shouldAddSecurityHeadersToPagesAndProxiedAnswers() {
    campaignService.stubFor(
        get(urlEqualTo("/api/campaigns"))
            .willReturn(okJson("[]").withHeader("X-Frame-Options", "SAMEORIGIN")));

    for (String uri : new String[] {"/", "/campaigns/123", "/api/campaigns", "/api/prospector/x"}) {
      client
          .get()
          .uri(uri)
          .header(HttpHeaders.AUTHORIZATION, BEARER)
          .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)
          .exchange()
          .expectHeader()
          .valueEquals("X-Content-Type-Options", "nosniff")
          .expectHeader()
          .valueEquals("X-Frame-Options", "DENY")
          .expectHeader()
          .valueEquals("Referrer-Policy", "no-referrer")
          .expectHeader()
          .valueEquals("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    }
    assertThat(SecurityHeadersFilter.CONTENT_SECURITY_POLICY.split("; "))
        .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
        .noneMatch(directive -> directive.contains("unsafe"));
  }

  @Test
  void shouldReportHealth() {
    client
        .get()
        .uri("/actuator/health")
        .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
  }

  private String page(String uri, MediaType accept) {
    return client
        .get()
        .uri(uri)
        .accept(accept)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }
}
