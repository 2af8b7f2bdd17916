package io.opensdr.gateway.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.opensdr.gateway.testing.AllServicesUpTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each service's OpenAPI document through the gateway, without a token. */
class OpenApiDocsTest extends AllServicesUpTestSupport {

  @Test
  void shouldServeEachServicesOpenApiDocumentAtApiDocs() {
    Map<String, WireMockServer> services =
        Map.of(
            "campaign", campaignService,
            "prospector", prospectorService,
            "qualifier", qualifierService,
            "outreach", outreachService);
    services.forEach(
        (name, service) ->
            service.stubFor(
                get(urlEqualTo("/v3/api-docs"))
                    .willReturn(
                        okJson(
                            "{\"openapi\":\"3.0.1\",\"info\":{\"title\":\"OpenSDR "
                                + name
                                + "-service\"}}"))));

    int i = 0;
    for (String name : services.keySet()) {
      client
          .get()
          .uri("/api/docs/" + name)
          .header("X-Forwarded-For", "198.51.100." + ++i)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.info.title")
          .isEqualTo("OpenSDR " + name + "-service");
      services.get(name).verify(getRequestedFor(urlEqualTo("/v3/api-docs")));
    }
  }
}
