package io.opensdr.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Polls a health check until it passes, the deadline passes, or the process being checked dies. */
final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final HttpClient HTTP = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(2))
        .version(HttpClient.Version.HTTP_1_1)
        .build();

    @FunctionalInterface
    interface Check {
        boolean passes() throws Exception;
    }

    private Readiness() {
    }

    /** {@code logFile} is null for parts inside the launcher JVM, whose errors the launcher prints itself. */
    static void await(String name, Duration timeout, Path logFile, Optional<ChildProcess> process, Check check) {
        String readLog = logFile == null ? "see the messages above" : "read " + logFile;
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception lastFailure = null;
        while (true) {
            if (process.isPresent() && !process.get().isAlive()) {
                throw new StackException(name + " exited with code " + process.get().exitCode().orElse(-1)
                    + " while starting; " + readLog);
            }
            try {
                if (check.passes()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException(name + ": interrupted while waiting for it to start");
            } catch (Exception e) {
                lastFailure = e;
            }
            if (System.nanoTime() > deadline) {
                String detail = lastFailure == null ? "" : " (last check: " + lastFailure + ")";
                throw new StackException(name + " was not ready within " + Console.seconds(timeout)
                    + detail + "; " + readLog);
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException(name + ": interrupted while waiting for it to start");
            }
        }
    }

    /** True when something accepts TCP connections on 127.0.0.1:{@code port}. */
    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when GET {@code url} answers 200 and its body contains {@code expected} (if not null). */
    static boolean answersOk(String url, String expected) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && (expected == null || response.body().replace(" ", "").contains(expected));
    }
}
