package io.opensdr.gateway.limits;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.gateway.testing.AllServicesUpTestSupport;
import io.opensdr.gateway.testing.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;

/** Body size limits (413) and rate limits (429 with Retry-After), as problems. */
class RequestLimitsTest extends AllServicesUpTestSupport {

  private static final String CSV_IMPORT = "/api/prospector/campaigns/c-1/csv-imports";
  private static final String SENDGRID_WEBHOOK = "/api/outreach/webhooks/sendgrid";

  @Autowired LimitsProperties limits;
  @Autowired ApplicationContext context;

  /** The default store: this instance's memory, and no MongoDB client at all. */
  @Test
  void shouldCountInMemoryWithoutAnyMongoClientByDefault() {
    assertThat(context.getBean(RateLimitCounter.class)).isInstanceOf(InMemoryRateLimitCounter.class);
    assertThat(context.getBeanNamesForType(com.mongodb.reactivestreams.client.MongoClient.class))
        .isEmpty();
  }

  @Test
  void shouldRefuseAnOversizedBodyWith413BeforeTheService() {
    String bearer = TestTokens.bearer("user-size-" + UUID.randomUUID());
    qualifierService.stubFor(post(urlEqualTo("/api/qualifier/x")).willReturn(okJson("{}")));

    client
        .post()
        .uri("/api/qualifier/x")
        .header("X-Forwarded-For", freshAddress())
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(new byte[64 * 1024 + 1])
        .exchange()
        .expectStatus()
        .isEqualTo(413)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(413)
        .jsonPath("$.detail")
        .isEqualTo("The request body is larger than this endpoint accepts (64 KB).");
    qualifierService.verify(0, postRequestedFor(anyUrl()));

    // Exactly the limit goes through.
    client
        .post()
        .uri("/api/qualifier/x")
        .header("X-Forwarded-For", freshAddress())
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(new byte[64 * 1024])
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void shouldRefuseAnOversizedChunkedBodyWith413() {
    qualifierService.stubFor(post(urlEqualTo("/api/qualifier/x")).willReturn(okJson("{}")));
    // No Content-Length: 100 chunks of 1 KB.
    Flux<DataBuffer> chunks =
        Flux.range(0, 100).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[1024]));

    client
        .post()
        .uri("/api/qualifier/x")
        .header("X-Forwarded-For", freshAddress())
        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("user-chunked"))
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .body(chunks, DataBuffer.class)
        .exchange()
        .expectStatus()
        .isEqualTo(413)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(413);
  }

  @Test
  void shouldGiveTheCsvImportItsLargerLimit() {
    prospectorService.stubFor(post(urlPathMatching(CSV_IMPORT + ".*")).willReturn(okJson("{}")));
    String bearer = TestTokens.bearer("user-csv-" + UUID.randomUUID());

    client
        .post()
        .uri(CSV_IMPORT + "/preview")
        .header("X-Forwarded-For", freshAddress())
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .contentType(MediaType.TEXT_PLAIN)
        .bodyValue(new byte[512 * 1024])
        .exchange()
        .expectStatus()
        .isOk();
    client
        .post()
        .uri(CSV_IMPORT)
        .header("X-Forwarded-For", freshAddress())
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .contentType(MediaType.TEXT_PLAIN)
        .bodyValue(new byte[1024 * 1024 + 1])
        .exchange()
        .expectStatus()
        .isEqualTo(413)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("The request body is larger than this endpoint accepts (1 MB).");
    prospectorService.verify(1, postRequestedFor(anyUrl()));
  }

  /**
   * SendGrid posts its events in batches that outreach accepts up to 5 MB: the gateway lets them
   * through up to the same size (opensdr.gateway.limits.sendgrid-webhook-max-body, left at its
   * default here), and that route only.
   */
  @Test
  void shouldGiveSendGridsWebhookOutreachsLimit() {
    outreachService.stubFor(post(urlEqualTo(SENDGRID_WEBHOOK)).willReturn(okJson("{}")));

    client
        .post()
        .uri(SENDGRID_WEBHOOK)
        .header("X-Forwarded-For", freshAddress())
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(jsonArrayOf(4 * 1024 * 1024))
        .exchange()
        .expectStatus()
        .isOk();
    outreachService.verify(1, postRequestedFor(urlEqualTo(SENDGRID_WEBHOOK)));

    client
        .post()
        .uri(SENDGRID_WEBHOOK)
        .header("X-Forwarded-For", freshAddress())
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(jsonArrayOf(6 * 1024 * 1024))
        .exchange()
        .expectStatus()
        .isEqualTo(413)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(413)
        .jsonPath("$.detail")
        .isEqualTo("The request body is larger than this endpoint accepts (5 MB).");
    // Outreach's other routes keep the small limit (64 KB here).
    client
        .post()
        .uri("/api/outreach/erasure-requests")
        .header("X-Forwarded-For", freshAddress())
        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("user-erasure-" + UUID.randomUUID()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(jsonArrayOf(64 * 1024 + 1))
        .exchange()
        .expectStatus()
        .isEqualTo(413);
    outreachService.verify(1, postRequestedFor(anyUrl()));
    // Sent in chunks, without a length: refused all the same once past 5 MB.
    Flux<DataBuffer> chunks =
        Flux.range(0, 6 * 16)
            .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[64 * 1024]));
    client
        .post()
        .uri(SENDGRID_WEBHOOK)
        .header("X-Forwarded-For", freshAddress())
        .contentType(MediaType.APPLICATION_JSON)
        .body(chunks, DataBuffer.class)
        .exchange()
        .expectStatus()
        .isEqualTo(413);
  }

  /** The gateway's default for the webhook is outreach's own default: change one, change both. */
  @Test
  void shouldCapSendGridsWebhookAsOutreachDoes() throws Exception {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.exists(root.resolve("mvnw"))) {
      root = root.getParent();
    }
    String controller =
        Files.readString(
            root.resolve(
                "outreach-service/src/main/java/io/opensdr/outreach/web/SendGridWebhookController.java"));
    Matcher outreachDefault =
        Pattern.compile("sendgrid-webhook\\.max-body:([0-9]+[KMG]B)}").matcher(controller);
    assertThat(outreachDefault.find()).as("outreach's @MaxBody of the SendGrid webhook").isTrue();
    assertThat(limits.sendgridWebhookMaxBody()).isEqualTo(DataSize.parse(outreachDefault.group(1)));
  }

  @Test
  void shouldAnswer429WithRetryAfterToTheSixthRequestFromOneAddress() {
    String address = freshAddress();
    for (int i = 0; i < 5; i++) {
      // Unauthenticated: counted all the same (before the token is looked at).
      client
          .get()
          .uri("/api/qualifier/x")
          .header("X-Forwarded-For", address)
          .exchange()
          .expectStatus()
          .isUnauthorized();
    }

    client
        .get()
        .uri("/api/qualifier/x")
        .header("X-Forwarded-For", address)
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .value(HttpHeaders.RETRY_AFTER, v -> assertThat(Long.parseLong(v)).isBetween(1L, 60L))
        .expectHeader()
        .exists("Content-Security-Policy")
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(429)
        .jsonPath("$.title")
        .isEqualTo("Too many requests");
    // Another address is not affected, nor are health probes.
    client
        .get()
        .uri("/api/qualifier/x")
        .header("X-Forwarded-For", freshAddress())
        .exchange()
        .expectStatus()
        .isUnauthorized();
    client
        .get()
        .uri("/actuator/health")
        .header("X-Forwarded-For", address)
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void shouldAnswer429ToTheFourthRequestOfOneUserFromAnyAddress() {
    qualifierService.stubFor(get(urlEqualTo("/api/qualifier/x")).willReturn(okJson("{}")));
    String user = "user-rate-" + UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      client
          .get()
          .uri("/api/qualifier/x")
          .header("X-Forwarded-For", freshAddress())
          .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(user))
          .exchange()
          .expectStatus()
          .isOk();
    }

    client
        .get()
        .uri("/api/qualifier/x")
        .header("X-Forwarded-For", freshAddress())
        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(user))
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .exists(HttpHeaders.RETRY_AFTER)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).startsWith("Too many requests for this user."));
    client
        .get()
        .uri("/api/qualifier/x")
        .header("X-Forwarded-For", freshAddress())
        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("another-" + user))
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void shouldLimitTheSignInRoutesTighter() {
    campaignService.stubFor(post(urlEqualTo("/api/auth/login")).willReturn(okJson("{}")));
    String address = freshAddress();
    for (int i = 0; i < 2; i++) {
      client
          .post()
          .uri("/api/auth/login")
          .header("X-Forwarded-For", address)
          .exchange()
          .expectStatus()
          .isOk();
    }

    client
        .post()
        .uri("/api/auth/login")
        .header("X-Forwarded-For", address)
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .exists(HttpHeaders.RETRY_AFTER);
    campaignService.verify(2, postRequestedFor(urlEqualTo("/api/auth/login")));
  }

  private static final AtomicInteger addresses = new AtomicInteger();

  /** A JSON array of that many bytes. */
  private static byte[] jsonArrayOf(int bytes) {
    byte[] body = new byte[bytes];
    Arrays.fill(body, (byte) ' ');
    body[0] = '[';
    body[bytes - 1] = ']';
    return body;
  }

  /** A client address no other request of this JVM used. */
  private static String freshAddress() {
    int n = addresses.incrementAndGet();
    return "203.0." + (n / 250) + "." + (n % 250 + 1);
  }
}
