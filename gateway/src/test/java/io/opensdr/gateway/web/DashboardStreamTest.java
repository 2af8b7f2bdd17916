package io.opensdr.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/**
 * The dashboard's live stream through the gateway: each event reaches the browser as soon as the
 * service writes it (nothing buffered), and a quiet stream outlives the response timeout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardStreamTest {

  /** The stub service writes the second event only once the test has received the first. */
  static final CountDownLatch firstEventReceived = new CountDownLatch(1);

  static final CountDownLatch testDone = new CountDownLatch(1);

  static final HttpServer sseService = startedSseService();

  @DynamicPropertySource
  static void routeTargets(DynamicPropertyRegistry registry) {
    String url = "http://127.0.0.1:" + sseService.getAddress().getPort();
    registry.add("server.address", () -> "127.0.0.1");
    registry.add("opensdr.gateway.campaign-url", () -> url);
    registry.add("opensdr.gateway.prospector-url", () -> url);
    registry.add("opensdr.gateway.qualifier-url", () -> url);
    registry.add("opensdr.gateway.outreach-url", () -> url);
    // Far shorter than the pause between the stub's two events.
    registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "300ms");
  }

  @Value("${local.server.port}")
  int port;

  @AfterAll
  static void stopService() {
    testDone.countDown();
    sseService.stop(0);
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
      server.createContext("/api/dashboard/stream", DashboardStreamTest::stream);
      server.createContext("/api/auth/jwks", DashboardStreamTest::jwks);
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
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
