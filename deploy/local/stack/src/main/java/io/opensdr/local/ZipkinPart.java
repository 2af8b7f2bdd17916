package io.opensdr.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Zipkin ({@code io.zipkin:zipkin-server}'s {@code exec} jar from the local Maven repository,
 * in-memory storage) in its own JVM, on 127.0.0.1 only; started with {@code --zipkin}, before the
 * services, which then send it their spans. deploy/local/start.sh fetches the jar when it is missing.
 */
final class ZipkinPart implements Part {

    static final String VERSION = "3.5.1";

    private final Layout layout;
    private final Ports ports;
    private final Map<String, String> childEnvironment;
    private ChildProcess process;

    ZipkinPart(Layout layout, Ports ports, Map<String, String> childEnvironment) {
        this.layout = layout;
        this.ports = ports;
        this.childEnvironment = childEnvironment;
    }

    /** Where Maven keeps the jar: {@code maven.repo.local} when set, else ~/.m2/repository. */
    static Path jar() {
        String repository = System.getProperty("maven.repo.local");
        Path root = repository != null && !repository.isBlank() ? Path.of(repository)
            : Path.of(System.getProperty("user.home"), ".m2", "repository");
        return root.resolve("io/zipkin/zipkin-server/" + VERSION + "/zipkin-server-" + VERSION + "-exec.jar");
    }

    @Override
    public String name() {
        return "zipkin";
    }

    @Override
    public String address() {
        return "http://127.0.0.1:" + ports.zipkin() + "/zipkin/";
    }

    @Override
    public void start() {
        Path jar = jar();
        if (!Files.isRegularFile(jar)) {
            throw new StackException("Zipkin is not downloaded: " + jar + " is missing; deploy/local/start.sh --zipkin "
                + "fetches it (./mvnw dependency:get -Dartifact=io.zipkin:zipkin-server:" + VERSION + ":jar:exec)");
        }
        Map<String, String> environment = new HashMap<>(childEnvironment);
        environment.put("QUERY_PORT", String.valueOf(ports.zipkin()));
        process = new ChildProcess(name(), JavaCommand.smallFootprint(layout, "192m")
            .add("-jar", jar.toString())
            .add("--armeria.ports[0].ip=127.0.0.1", "--armeria.ports[0].port=" + ports.zipkin(),
                "--armeria.ports[0].protocols=http")
            .toList(), environment, layout.logFile(name()), layout.repoRoot());
        process.start();
    }

    @Override
    public void awaitReady() {
        Readiness.await(name(), startTimeout(), layout.logFile(name()), process(),
            () -> Readiness.answersOk("http://127.0.0.1:" + ports.zipkin() + "/health", "\"status\":\"UP\""));
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
}
