package io.opensdr.gateway.testing;

import java.time.Duration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The tests' client of a gateway started on a port: a new connection for each request, never one
 * from Reactor Netty's global pool, which the gateways of every test context in the JVM share with
 * their own clients (JWKS, revocations), and 20 s for an answer. Once in a while a request that the
 * gateway answers in milliseconds stalled until the client's timeout (SwaggerUiTest 20 s,
 * CorsAndHeadersTest and ResilienceTest 5 s), with no line in the gateway's log; the cause was not
 * found, and a pooled connection carried from one test to the next was the one state these requests
 * shared, so none is.
 */
public final class TestClients {

  private TestClients() {}

  public static WebTestClient gatewayOn(int port) {
    HttpClient http = HttpClient.create(ConnectionProvider.newConnection());
    return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
        .baseUrl("http://127.0.0.1:" + port)
        .responseTimeout(Duration.ofSeconds(20))
        .build();
  }
}
