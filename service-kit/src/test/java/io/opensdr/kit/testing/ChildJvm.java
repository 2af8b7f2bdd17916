package io.opensdr.kit.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * A program a test runs in a JVM of its own (this JVM's java and class path), its output in a log file ({@code name-*.log}
 * in the temporary folder unless told), destroyed when this JVM ends; {@link #start()} fails naming the log if it is not ready.
 */
public final class ChildJvm {

    private final String name;
    private final List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    private final List<String> program;
    private Path log;
    private Callable<Boolean> ready = () -> true;
    private Duration timeout = Duration.ofSeconds(1);

    private ChildJvm(String name, List<String> launch, String... args) {
        this.name = name;
        this.program = new ArrayList<>(launch);
        program.addAll(List.of(args));
    }

    public static ChildJvm mainClass(String name, Class<?> mainClass, String... args) {
        return new ChildJvm(name, List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()), args);
    }

    public static ChildJvm jar(String name, Path jar, String... args) {
        return new ChildJvm(name, List.of("-jar", jar.toString()), args);
    }

    /** Options of the JVM, before its main class or jar: -Xmx256m, -Dkey=value... */
    public ChildJvm jvmFlags(String... flags) {
        command.addAll(List.of(flags));
        return this;
    }

    public ChildJvm logFile(Path file) {
        log = file;
        return this;
    }

    public ChildJvm readyWhenLogContains(String line, Duration within) {
        ready = () -> Files.readString(log).contains(line);
        timeout = within;
        return this;
    }

    public ChildJvm readyWhenHttpOk(String url, Duration within) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest get = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
        ready = () -> http.send(get, BodyHandlers.discarding()).statusCode() == 200;
        timeout = within;
        return this;
    }

    public Running start() {
        Process process;
        try {
            log = log != null ? log : Files.createTempFile(name + "-", ".log");
            Files.createDirectories(log.toAbsolutePath().getParent());
            command.addAll(program);
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The hook also keeps the process reachable: its standard input stays open while the child lives.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, name + "-stop"));
        try {
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).failFast(() -> !process.isAlive())
                    .ignoreExceptionsInstanceOf(IOException.class).until(ready);
            return new Running(process, log);
        } catch (TerminalFailureException e) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + " before it was ready; see " + log);
        } catch (ConditionTimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s; see " + log);
        }
    }

    /** A started child: its process (to destroy or kill) and its log. */
    public record Running(Process process, Path log) {
    }
}
