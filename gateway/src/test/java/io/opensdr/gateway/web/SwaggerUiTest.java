package io.opensdr.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opensdr.gateway.testing.AllServicesUpTestSupport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Swagger UI through the gateway, without a token: its page, its scripts, and its configuration,
 * which lists the four services' documents at /api/docs/{service} (OpenApiDocsTest checks that
 * those reach the services). Its relaxed style policy stays on its own path.
 */
class SwaggerUiTest extends AllServicesUpTestSupport {

  @Test
  void shouldRedirectSwaggerUiHtmlToItsPage() {
    client
        .get()
        .uri("/swagger-ui.html")
        .header("X-Forwarded-For", "198.51.100.31")
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.FOUND)
        .expectHeader()
        .value(HttpHeaders.LOCATION, location -> assertThat(location).contains("/swagger-ui/index.html"));
  }

  @Test
  void shouldLoadSwaggerUiWithoutAToken() {
    String page =
        client
            .get()
            .uri("/swagger-ui/index.html")
            .header("X-Forwarded-For", "198.51.100.32")
            .accept(MediaType.TEXT_HTML)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.TEXT_HTML)
            .expectHeader()
            .valueEquals("Content-Security-Policy", SecurityHeadersFilter.SWAGGER_UI_CONTENT_SECURITY_POLICY)
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(page).contains("<div id=\"swagger-ui\">").contains("swagger-ui-bundle.js");
    assertThat(SecurityHeadersFilter.SWAGGER_UI_CONTENT_SECURITY_POLICY)
        .contains("script-src 'self';")
        .contains("style-src 'self' 'unsafe-inline'");

    for (String asset : List.of("swagger-ui-bundle.js", "swagger-initializer.js", "swagger-ui.css")) {
      client
          .get()
          .uri("/swagger-ui/" + asset)
          .header("X-Forwarded-For", "198.51.100.33")
          .exchange()
          .expectStatus()
          .isOk();
    }
  }

  @Test
  void shouldListTheFourServicesDocuments() throws Exception {
    String initializer =
        client
            .get()
            .uri("/swagger-ui/swagger-initializer.js")
            .header("X-Forwarded-For", "198.51.100.34")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(initializer).contains("/v3/api-docs/swagger-config").doesNotContain("petstore");

    String config =
        client
            .get()
            .uri("/v3/api-docs/swagger-config")
            .header("X-Forwarded-For", "198.51.100.35")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    JsonNode json = new ObjectMapper().readTree(config);
    List<String> documents = new ArrayList<>();
    json.path("urls").forEach(url -> documents.add(url.path("name").asText() + " " + url.path("url").asText()));
    assertThat(documents)
        .containsExactlyInAnyOrder(
            "campaign-service /api/docs/campaign",
            "prospector-service /api/docs/prospector",
            "qualifier-service /api/docs/qualifier",
            "outreach-service /api/docs/outreach");
    assertThat(json.path("urls.primaryName").asText()).isEqualTo("campaign-service");
  }

  @Test
  void shouldKeepTheStrictPolicyOnTheSpasPages() {
    client
        .get()
        .uri("/campaigns")
        .header("X-Forwarded-For", "198.51.100.36")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectHeader()
        .valueEquals("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
  }
}
