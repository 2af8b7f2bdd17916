package io.opensdr.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** One Spring Boot service ({@code <module>/target/<module>.jar}) in its own JVM. */
final class ServicePart implements Part {

    /**
     * Generous: all five services start at once on two cores, and start-up is CPU-bound
     * (about 30 s for the five together on a 2-core machine).
     */
    static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final String name;
    private final Path jar;
    private final int port;
    private final List<String> arguments;
    private final Layout layout;
    private final Map<String, String> childEnvironment;
    private ChildProcess process;

    ServicePart(String name, Path jar, int port, List<String> arguments, Layout layout, Map<String, String> childEnvironment) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.arguments = List.copyOf(arguments);
        this.layout = layout;
        this.childEnvironment = childEnvironment;
    }

    @Override
    public String name() {
        return name;
    }

    Path jar() {
        return jar;
    }

    /** Empty when the jar can be run; otherwise why not (missing, or a module with no application yet). */
    Optional<String> whyNotRunnable() {
        if (!Files.isRegularFile(jar)) {
            return Optional.of("is missing");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue("Main-Class") == null) {
                return Optional.of("has no Main-Class (the module has no application yet)");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("is not a readable jar (" + e.getMessage() + ")");
        }
    }

    boolean isRunnable() {
        return whyNotRunnable().isEmpty();
    }

    int port() {
        return port;
    }

    List<String> arguments() {
        return arguments;
    }

    @Override
    public String address() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void start() {
        process = new ChildProcess(name, JavaCommand.smallFootprint(layout, "256m")
            .add("-jar", jar.toString())
            .addAll(arguments)
            .toList(), childEnvironment, layout.logFile(name), layout.repoRoot());
        process.start();
    }

    @Override
    public void awaitReady() {
        Readiness.await(name, START_TIMEOUT, layout.logFile(name), process(),
            () -> Readiness.answersOk(address() + "/actuator/health", "\"status\":\"UP\""));
    }

    @Override
    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(10));
        }
    }

    @Override
    public Optional<ChildProcess> process() {
        return Optional.ofNullable(process);
    }

    @Override
    public Duration startTimeout() {
        return START_TIMEOUT;
    }
}
