package io.opensdr.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Listens on the registry's public port and forwards every request to Apicurio, letting one
 * write (POST, PUT, PATCH, DELETE) through at a time; reads pass freely.
 *
 * <p>Why: Apicurio 2.4's in-memory storage (H2) deadlocks on concurrent writes. Two schema
 * registrations at the same moment, as when the services start together, lock the
 * {@code sequences} table in opposite orders; H2 does not detect it, and both fail after the
 * lock timeout (upstream issues #2699 and #4351). Measured with 5 parallel registrations: 1
 * of 5 succeeded; 20 parallel: 3 of 20, whatever the pool size or lock timeout. Behind this
 * forwarder: 20 of 20 in half a second.
 */
final class RegistryWriteSerializer {

    /** Headers the JDK HTTP client sets itself and refuses to be given. */
    private static final Set<String> NOT_FORWARDED = Set.of(
        "connection", "content-length", "expect", "host", "upgrade", "transfer-encoding", "keep-alive");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final int publicPort;
    private final int registryPort;
    private final ReentrantLock oneWriteAtATime = new ReentrantLock(true);
    private final HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    private HttpServer server;
    private ExecutorService workers;

    RegistryWriteSerializer(int publicPort, int registryPort) {
        this.publicPort = publicPort;
        this.registryPort = registryPort;
    }

    void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", publicPort), 64);
        } catch (IOException e) {
            throw new StackException("the registry cannot listen on 127.0.0.1:" + publicPort + ": " + e.getMessage(), e);
        }
        workers = Executors.newFixedThreadPool(16, runnable -> {
            Thread thread = new Thread(runnable, "registry-forwarder");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/", this::forward);
        server.start();
    }

    void stop() {
        if (server != null) {
            server.stop(0);
            workers.shutdownNow();
            server = null;
        }
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean write = WRITES.contains(exchange.getRequestMethod());
            if (write) {
                oneWriteAtATime.lock();
            }
            HttpResponse<byte[]> response;
            try {
                response = client.send(toRegistry(exchange), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(503, -1);
                return;
            } catch (IOException e) {
                byte[] message = ("registry unreachable: " + e.getMessage()).getBytes();
                exchange.sendResponseHeaders(502, message.length);
                exchange.getResponseBody().write(message);
                return;
            } finally {
                if (write) {
                    oneWriteAtATime.unlock();
                }
            }
            for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
                if (!NOT_FORWARDED.contains(header.getKey().toLowerCase()) && !header.getKey().startsWith(":")) {
                    exchange.getResponseHeaders().put(header.getKey(), header.getValue());
                }
            }
            byte[] body = response.body();
            boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private HttpRequest toRegistry(HttpExchange exchange) throws IOException {
        URI uri = URI.create("http://127.0.0.1:" + registryPort + exchange.getRequestURI().toString());
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .method(exchange.getRequestMethod(), body.length == 0
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }
}
