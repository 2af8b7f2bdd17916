package io.opensdr.local;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged launcher (target/local-stack.jar) run as a separate process, the way start.sh runs it. */
final class LauncherProcess {

    private final Process process;
    private final Path output;

    private LauncherProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static LauncherProcess start(Path outputFile, String... options) throws IOException {
        String jar = System.getProperty("local-stack.jar", "target/local-stack.jar");
        assertTrue(Files.isRegularFile(Path.of(jar)), jar + " is missing: run the integration tests through Maven (verify)");
        List<String> command = new ArrayList<>(List.of(Layout.javaExecutable(), "-Xmx128m", "-XX:+UseSerialGC", "-jar", jar));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(outputFile.toFile())
            .start();
        return new LauncherProcess(process, outputFile);
    }

    /** Waits for the "OpenSDR is up:" line; fails with the launcher's output if it does not come. */
    void awaitUp(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (output().lines().anyMatch(line -> line.startsWith("OpenSDR is up:"))) {
                return;
            }
            if (!process.isAlive()) {
                fail("the launcher exited with code " + process.exitValue() + " before it was up:\n" + output());
            }
            Thread.sleep(200);
        }
        fail("the launcher was not up within " + timeout + ":\n" + output());
    }

    String output() throws IOException {
        return Files.readString(output);
    }

    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    /** SIGTERM, as Ctrl-C would do, and wait for the launcher to stop everything. */
    int stopGracefully(Duration timeout) throws Exception {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            fail("the launcher did not stop within " + timeout + " after SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: the launcher gets no chance to stop its children. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Fails unless every one of {@code processes} has ended within {@code timeout}. */
    static void assertAllEnd(List<ProcessHandle> processes, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (processes.stream().noneMatch(ProcessHandle::isAlive)) {
                return;
            }
            Thread.sleep(200);
        }
        List<String> alive = processes.stream().filter(ProcessHandle::isAlive)
            .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList();
        // Do not leave them behind for the next test run.
        processes.forEach(ProcessHandle::destroyForcibly);
        fail("child processes still running after " + timeout + ": " + alive);
    }
}
