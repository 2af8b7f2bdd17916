package io.opensdr.gateway.limits;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.opensdr.gateway.GatewayApplication;
import io.opensdr.gateway.testing.TestClients;
import io.opensdr.gateway.testing.TestTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two gateway instances (two application contexts) with {@code store: mongodb} over one MongoDB
 * (mongo-java-server): the per-address and per-user limits count the hits of both. A third one's
 * MongoDB cannot be reached: it lets requests through. Limits as in the other rate-limit tests: 5
 * requests a minute per address, 3 per user.
 */
class SharedRateLimitsTest {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private static final WireMockServer campaignService = started();
  private static final WireMockServer qualifierService = started();
  private static final AdjustableClock clock = new AdjustableClock();
  private static final AtomicInteger addresses = new AtomicInteger();

  private static MongoServer mongo;
  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;
  /** Its MongoDB cannot be reached. */
  private static ConfigurableApplicationContext orphan;
  private static Instant windowStart;

  private WebTestClient one;
  private WebTestClient two;

  @BeforeAll
  static void startThreeGateways() throws IOException {
    mongo = new MongoServer(new MemoryBackend());
    mongo.bind("127.0.0.1", 0);
    String uri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
    first = gateway(uri);
    second = gateway(uri);
    int nothingListens;
    try (ServerSocket socket = new ServerSocket(0)) {
      nothingListens = socket.getLocalPort();
    }
    orphan = gateway("mongodb://127.0.0.1:" + nothingListens);
  }

  // Never closed, as Spring's test context cache never closes its contexts before the JVM ends:
  // closing a gateway disposes Reactor Netty's global event loops, which every gateway of this
  // JVM (those of the other test classes too) serves and calls on.

  @BeforeEach
  void clients() {
    one = TestClients.gatewayOn(port(first));
    two = TestClients.gatewayOn(port(second));
    // 10 s into a minute of its own: 50 s left in the window, whenever the test runs.
    windowStart = AdjustableClock.into(WINDOW, Duration.ZERO).plus(WINDOW.multipliedBy(10));
    clock.at(windowStart.plusSeconds(10));
    qualifierService.resetAll();
    qualifierService.stubFor(get(urlEqualTo("/api/qualifier/x")).willReturn(okJson("{}")));
  }

  @Test
  void shouldAnswer429WithRetryAfterWhenTheHitsOfBothInstancesFromOneAddressReachTheLimit() {
    String address = freshAddress();
    for (int i = 0; i < 5; i++) {
      (i % 2 == 0 ? one : two)
          .get()
          .uri("/api/qualifier/x")
          .header("X-Forwarded-For", address)
          .exchange()
          .expectStatus()
          .isUnauthorized();
    }

    two.get()
        .uri("/api/qualifier/x")
        .header("X-Forwarded-For", address)
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .value(HttpHeaders.RETRY_AFTER, v -> assertThat(Long.parseLong(v)).isBetween(45L, 50L))
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).startsWith("Too many requests from this address."));
    one.get()
        .uri("/api/qualifier/x")
        .header("X-Forwarded-For", address)
        .exchange()
        .expectStatus()
        .isEqualTo(429);
  }

  @Test
  void shouldAnswer429ToTheFourthRequestOfOneUserAcrossBothInstancesUntilTheWindowEnds() {
    String bearer = TestTokens.bearer("user-shared-" + UUID.randomUUID());
    for (WebTestClient gateway : new WebTestClient[] {one, two, one}) {
      gateway
          .get()
          .uri("/api/qualifier/x")
          .header("X-Forwarded-For", freshAddress())
          .header(HttpHeaders.AUTHORIZATION, bearer)
          .exchange()
          .expectStatus()
          .isOk();
    }

    two.get()
        .uri("/api/qualifier/x")
        .header("X-Forwarded-For", freshAddress())
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .value(HttpHeaders.RETRY_AFTER, v -> assertThat(Long.parseLong(v)).isBetween(45L, 50L))
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).startsWith("Too many requests for this user."));
    qualifierService.verify(3, getRequestedFor(urlEqualTo("/api/qualifier/x")));

    clock.advance(Duration.ofSeconds(50));

    for (WebTestClient gateway : new WebTestClient[] {two, one}) {
      gateway
          .get()
          .uri("/api/qualifier/x")
          .header("X-Forwarded-For", freshAddress())
          .header(HttpHeaders.AUTHORIZATION, bearer)
          .exchange()
          .expectStatus()
          .isOk();
    }
  }

  /** Fail open: a MongoDB that cannot be reached must not take the API down. */
  @Test
  void shouldLetRequestsThroughWhenMongoDbCannotBeReached() {
    WebTestClient client = TestClients.gatewayOn(port(orphan));
    String address = freshAddress();
    String bearer = TestTokens.bearer("user-orphan-" + UUID.randomUUID());
    // Twice the per-address limit, more than three times the per-user one: all pass, and only the
    // first waits for the counter (500 ms per limit): the next ones do not ask it for 5 s.
    long started = System.nanoTime();
    for (int i = 0; i < 10; i++) {
      client
          .get()
          .uri("/api/qualifier/x")
          .header("X-Forwarded-For", address)
          .header(HttpHeaders.AUTHORIZATION, bearer)
          .exchange()
          .expectStatus()
          .isOk();
    }
    qualifierService.verify(10, getRequestedFor(urlEqualTo("/api/qualifier/x")));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
  }

  private static ConfigurableApplicationContext gateway(String mongoUri) {
    return new SpringApplicationBuilder(GatewayApplication.class)
        .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
        .run(
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--opensdr.gateway.campaign-url=" + campaignService.baseUrl(),
            "--opensdr.gateway.prospector-url=" + qualifierService.baseUrl(),
            "--opensdr.gateway.qualifier-url=" + qualifierService.baseUrl(),
            "--opensdr.gateway.outreach-url=" + qualifierService.baseUrl(),
            "--opensdr.gateway.rate-limits.per-ip.requests=5",
            "--opensdr.gateway.rate-limits.per-user.requests=3",
            "--opensdr.gateway.rate-limits.sign-in.requests=2",
            "--opensdr.gateway.rate-limits.trusted-proxies=127.0.0.1/32",
            "--opensdr.gateway.rate-limits.store=mongodb",
            "--opensdr.gateway.rate-limits.mongodb.uri=" + mongoUri);
  }

  private static int port(ConfigurableApplicationContext gateway) {
    return ((WebServerApplicationContext) gateway).getWebServer().getPort();
  }

  private static WireMockServer started() {
    WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(get(urlEqualTo("/api/auth/jwks")).willReturn(okJson(TestTokens.jwks())));
    server.stubFor(
        get(urlEqualTo("/api/auth/revocations")).willReturn(okJson("{\"sessions\":[]}")));
    return server;
  }

  private static String freshAddress() {
    int n = addresses.incrementAndGet();
    return "198.51." + (n / 250) + "." + (n % 250 + 1);
  }
}
