package io.opensdr.local;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Apicurio Registry 2.4 (in-memory storage), built by deploy/local/registry, in its own JVM.
 * Its schemas last as long as the process: the services register theirs when they start.
 */
final class RegistryPart implements Part {

    private final Layout layout;
    private final Ports ports;
    private final Map<String, String> childEnvironment;
    private ChildProcess process;

    RegistryPart(Layout layout, Ports ports, Map<String, String> childEnvironment) {
        this.layout = layout;
        this.ports = ports;
        this.childEnvironment = childEnvironment;
    }

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public String address() {
        return baseUrl() + "/apis/registry/v2 and /apis/ccompat/v7";
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + ports.registry();
    }

    @Override
    public void start() {
        if (!Files.isRegularFile(layout.registryJar())) {
            throw new StackException("the registry is not built: " + layout.registryJar()
                + " is missing; run deploy/local/start.sh (it builds what is missing)");
        }
        process = new ChildProcess(name(), JavaCommand.smallFootprint(layout, "192m")
            .add("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + ports.registry())
            .add("-jar", layout.registryJar().toString())
            .toList(), childEnvironment, layout.logFile(name()), layout.repoRoot());
        process.start();
    }

    @Override
    public void awaitReady() {
        // Quarkus serves health at /health (Apicurio sets quarkus.http.non-application-root-path=/).
        Readiness.await(name(), startTimeout(), layout.logFile(name()), process(), () ->
            Readiness.answersOk(baseUrl() + "/health/ready", "\"status\":\"UP\"")
                && Readiness.answersOk(baseUrl() + "/apis/ccompat/v7/subjects", null));
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
