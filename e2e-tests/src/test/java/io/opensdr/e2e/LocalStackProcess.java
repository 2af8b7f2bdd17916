package io.opensdr.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real local stack, started exactly as a developer starts it (the launcher jar that
 * deploy/local/start.sh runs), on ports shifted by an offset and with its own data folder.
 */
final class LocalStackProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int portOffset;
    private final Path log;

    private LocalStackProcess(Process process, int portOffset, Path log) {
        this.process = process;
        this.portOffset = portOffset;
        this.log = log;
    }

    static LocalStackProcess start(Path repositoryRoot, int portOffset) throws Exception {
        Path jar = repositoryRoot.resolve("deploy/local/stack/target/local-stack.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("The launcher is not built: " + jar);
        }
        Path target = repositoryRoot.resolve("e2e-tests/target");
        Path log = target.resolve("local-stack.out");
        Files.createDirectories(target);
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--port-offset", String.valueOf(portOffset),
                "--data-dir", target.resolve("stack-data").toString(),
                "--fresh",
                // The test plays the users itself: simulated prospects would reply and unsubscribe under it.
                "--no-prospect-simulator"))
                .directory(repositoryRoot.toFile())
                .redirectErrorStream(true)
                .start();
        LocalStackProcess stack = new LocalStackProcess(process, portOffset, log);
        stack.awaitUp();
        return stack;
    }

    /** Copies the launcher's output to a file and returns once it says the platform is up. */
    private void awaitUp() throws Exception {
        CompletableFuture<Void> up = new CompletableFuture<>();
        Thread copier = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    out.println(line);
                    if (line.startsWith("OpenSDR is up:")) {
                        up.complete(null);
                    }
                }
                up.completeExceptionally(new IllegalStateException("The launcher exited before the platform was up; see " + log));
            } catch (IOException e) {
                up.completeExceptionally(new UncheckedIOException(e));
            }
        }, "local-stack-output");
        copier.setDaemon(true);
        copier.start();
        try {
            up.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw new IllegalStateException("The local stack did not come up in " + START_TIMEOUT + "; see " + log
                    + " and e2e-tests/target/stack-data/logs/", e);
        }
    }

    int port(int defaultPort) {
        return defaultPort + portOffset;
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + port(8080);
    }

    /** The launcher and every process it started. */
    List<ProcessHandle> processTree() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()), process.descendants()).toList();
    }

    /** Ctrl-C: the launcher stops everything it started. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
