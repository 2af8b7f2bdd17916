package io.opensdr.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The prospect simulator (deploy/local/prospect-simulator), a development tool that plays the
 * prospects: it reads their GreenMail mailboxes and opens, clicks, replies, unsubscribes and books
 * meetings through the gateway. Started once the services are up; stopped first.
 */
final class SimulatorPart implements Part {

    static final String NAME = "prospect-simulator";
    /** The line the simulator prints once it runs (ProspectSimulator.STARTED). */
    static final String STARTED_LINE = "prospect simulator started";

    private final Path jar;
    private final List<String> arguments;
    private final Layout layout;
    private final Map<String, String> childEnvironment;
    private ChildProcess process;

    SimulatorPart(Layout layout, Ports ports, Map<String, String> childEnvironment) {
        this.layout = layout;
        this.childEnvironment = childEnvironment;
        this.jar = layout.repoRoot().resolve("deploy/local/prospect-simulator/target/prospect-simulator.jar");
        this.arguments = List.of(
            "--gateway", "http://127.0.0.1:" + ports.gateway(),
            "--mail-host", "127.0.0.1",
            "--imap-port", Integer.toString(ports.imap()),
            "--smtp-port", Integer.toString(ports.smtp()),
            "--state-file", layout.dataDir().resolve(NAME).resolve("handled.tsv").toString());
    }

    @Override
    public String name() {
        return NAME;
    }

    Path jar() {
        return jar;
    }

    List<String> arguments() {
        return arguments;
    }

    boolean isBuilt() {
        return Files.isRegularFile(jar);
    }

    @Override
    public String address() {
        return "plays the prospects; log " + layout.logFile(NAME);
    }

    @Override
    public void start() {
        process = new ChildProcess(NAME, JavaCommand.smallFootprint(layout, "64m")
            .add("-jar", jar.toString())
            .addAll(arguments)
            .toList(), childEnvironment, layout.logFile(NAME), layout.repoRoot());
        process.start();
    }

    @Override
    public void awaitReady() {
        Path log = layout.logFile(NAME);
        Readiness.await(NAME, startTimeout(), log, process(),
            () -> Files.exists(log) && Files.readString(log).contains(STARTED_LINE));
    }

    @Override
    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(5));
        }
    }

    @Override
    public Optional<ChildProcess> process() {
        return Optional.ofNullable(process);
    }

    @Override
    public Duration startTimeout() {
        return Duration.ofSeconds(30);
    }
}
