package io.opensdr.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opensdr.gateway.testing.TestClients;
import io.opensdr.gateway.testing.TestTokens;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/**
 * Timeouts and circuit breakers: a slow service gets a 504 problem, a down one 503, and after
 * repeated failures its circuit opens (503 with Retry-After, without trying). The dashboard's
 * live stream has neither: each event reaches the browser as soon as the service writes it
 * (nothing buffered), and a quiet stream outlives every response timeout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResilienceTest {

  /** The stub service writes the second event only once the test has received the first. */
  static final CountDownLatch firstEventReceived = new CountDownLatch(1);

  static final CountDownLatch testDone = new CountDownLatch(1);

  static final HttpServer sseService = startedSseService();

  /** Nothing listens there: the prospector service is down. */
  static final int downPort = freePort();

  @DynamicPropertySource
  static void routeTargets(DynamicPropertyRegistry registry) {
    String url = "http://127.0.0.1:" + sseService.getAddress().getPort();
    registry.add("server.address", () -> "127.0.0.1");
    registry.add("opensdr.gateway.campaign-url", () -> url);
    registry.add("opensdr.gateway.qualifier-url", () -> url);
    registry.add("opensdr.gateway.outreach-url", () -> url);
    registry.add("opensdr.gateway.prospector-url", () -> "http://127.0.0.1:" + downPort);
    // Far shorter than the pause between the stub's two events and than the slow endpoint.
    registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "300ms");
    registry.add("opensdr.gateway.timeouts.campaign", () -> "300");
    registry.add("opensdr.gateway.timeouts.qualifier", () -> "300");
    registry.add("opensdr.gateway.circuit-breaker.minimum-calls", () -> "2");
    registry.add("opensdr.gateway.circuit-breaker.sliding-window", () -> "2");
    registry.add("opensdr.gateway.circuit-breaker.open-for", () -> "30s");
  }

  @Value("${local.server.port}")
  int port;

  @AfterAll
  static void stopService() {
    testDone.countDown();
    sseService.stop(0);
  }

  @Test
  void shouldAnswer504ProblemWhenTheServiceIsSlowerThanItsRouteTimeout() {
    client()
        .get()
        .uri("/api/qualifier/slow")
        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("user-slow"))
        .exchange()
        .expectStatus()
        .isEqualTo(504)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("qualifier-service took too long to answer.");
  }

  @Test
  void shouldOpenTheCircuitAfterRepeatedFailuresAndAnswer503WithRetryAfter() {
    String bearer = TestTokens.bearer("user-down");
    for (int i = 0; i < 2; i++) {
      client()
          .get()
          .uri("/api/prospector/x")
          .header(HttpHeaders.AUTHORIZATION, bearer)
          .exchange()
          .expectStatus()
          .isEqualTo(503)
          .expectBody()
          .jsonPath("$.detail")
          .isEqualTo("prospector-service is unavailable. Try again in a moment.");
    }

    client()
        .get()
        .uri("/api/prospector/x")
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .exchange()
        .expectStatus()
        .isEqualTo(503)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueEquals(HttpHeaders.RETRY_AFTER, "30")
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Service unavailable")
        .jsonPath("$.detail")
        .isEqualTo(
            "prospector-service is unavailable: it failed repeatedly and is given 30 seconds to"
                + " recover. Try again then.");
  }

  private WebTestClient client() {
    return TestClients.gatewayOn(port);
  }

  @Test
  void shouldDeliverEachEventAsItIsWrittenAndOutliveTheResponseTimeout() throws Exception {
    BlockingQueue<ServerSentEvent<String>> received = new LinkedBlockingQueue<>();
    Disposable subscription =
        WebClient.create("http://127.0.0.1:" + port)
            .get()
            .uri("/api/dashboard/stream")
            .accept(MediaType.TEXT_EVENT_STREAM)
            .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("user-stream"))
            .retrieve()
            .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
            .subscribe(received::add);
    try {
      // The service holds the connection open after the first event: if the gateway buffered
      // the body, nothing would arrive here.
      ServerSentEvent<String> first = received.poll(5, TimeUnit.SECONDS);
      assertThat(first).isNotNull();
      assertThat(first.event()).isEqualTo("counts");
      assertThat(first.data()).isEqualTo("{\"sent\":1}");

      // The service stays quiet 800 ms (response timeout: 300 ms) before the second event.
      long released = System.nanoTime();
      firstEventReceived.countDown();
      ServerSentEvent<String> second = received.poll(5, TimeUnit.SECONDS);
      assertThat(second).isNotNull();
      assertThat(second.data()).isEqualTo("{\"sent\":2}");
      assertThat(Duration.ofNanos(System.nanoTime() - released)).isGreaterThan(Duration.ofMillis(700));
    } finally {
      subscription.dispose();
    }
  }

  private static HttpServer startedSseService() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
      server.createContext("/api/dashboard/stream", ResilienceTest::stream);
      server.createContext("/api/auth/jwks", ResilienceTest::jwks);
      server.createContext("/api/auth/revocations", ResilienceTest::revocations);
      server.createContext("/api/qualifier/slow", ResilienceTest::slow);
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Answers after 1 s: longer than the qualifier route's 300 ms. */
  private static void slow(HttpExchange exchange) throws IOException {
    try {
      testDone.await(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    exchange.sendResponseHeaders(204, -1);
    exchange.close();
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void revocations(HttpExchange exchange) throws IOException {
    byte[] body = "{\"sessions\":[]}".getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void jwks(HttpExchange exchange) throws IOException {
    byte[] body = TestTokens.jwks().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void stream(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream body = exchange.getResponseBody()) {
      write(body, "event: counts\ndata: {\"sent\":1}\n\n");
      if (!firstEventReceived.await(10, TimeUnit.SECONDS)) {
        return;
      }
      // A quiet stream: no byte for longer than the gateway's response timeout.
      new CountDownLatch(1).await(800, TimeUnit.MILLISECONDS);
      write(body, "event: counts\ndata: {\"sent\":2}\n\n");
      testDone.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException closedByClient) {
      // The test disposed its subscription.
    }
  }

  private static void write(OutputStream body, String event) throws IOException {
    body.write(event.getBytes(StandardCharsets.UTF_8));
    body.flush();
  }
}
