package io.opensdr.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** One child process of the launcher, its output going to a log file. */
final class ChildProcess {

    /**
     * setsid puts the child in its own session. Without it, Ctrl-C in the terminal would send
     * SIGINT to every child at once, and Kafka could stop before the services that still write
     * to it; with it, only the launcher gets the signal and stops the children in order.
     */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logFile;
    private final Path workingDir;
    private Process process;

    ChildProcess(String name, List<String> command, Map<String, String> environment, Path logFile, Path workingDir) {
        this.name = name;
        this.workingDir = workingDir;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    void start() {
        List<String> fullCommand = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            fullCommand.add(SETSID.toString());
        }
        fullCommand.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(fullCommand).redirectErrorStream(true).directory(workingDir.toFile());
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            // Each run starts a fresh log that begins with the exact command, for debugging by hand.
            Files.writeString(logFile, "# " + String.join(" ", command) + System.lineSeparator());
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            process = builder.start();
            process.getOutputStream().close(); // the child reads nothing from us
        } catch (IOException e) {
            throw new StackException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    OptionalInt exitCode() {
        return process == null || process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    long pid() {
        return process.pid();
    }

    /** Asks the process to stop (SIGTERM), waits up to {@code grace}, then kills it and anything it started. */
    void stop(Duration grace) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                Console.problem(name + " did not stop within " + Console.seconds(grace) + "; killing it");
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
