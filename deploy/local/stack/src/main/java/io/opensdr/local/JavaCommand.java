package io.opensdr.local;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds the command line of a child JVM, with the launcher's small-footprint defaults. */
final class JavaCommand {

    private final List<String> arguments = new ArrayList<>();

    private JavaCommand() {
    }

    /**
     * A JVM tuned for a 2-core laptop running eight JVMs at once rather than for throughput.
     * Serial GC: no GC worker threads and the smallest heap overhead. C1 only
     * (TieredStopAtLevel=1): start-up is CPU-bound when everything starts together, and C2's
     * compile threads compete with it for the two cores (measured on a Spring Boot service:
     * up in 7 s instead of 12 s, 160 instead of 198 MB PSS; JVM defaults: 13 to 18 s, 285 MB). A 32 MB initial heap: on a big
     * machine the JVM would otherwise commit the whole maximum heap up front (measured: Kafka
     * 333 to 280 MB RSS, the registry 175 to 129 MB). 512k thread stacks: Kafka and Netty
     * start many threads. Exit on OOM so the launcher reports the death instead of a JVM
     * limping on.
     */
    static JavaCommand smallFootprint(Layout layout, String maxHeap) {
        JavaCommand command = new JavaCommand();
        command.add(Layout.javaExecutable(), "-Xms32m", "-Xmx" + maxHeap, "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
        // The guard agent makes the child exit if the launcher is killed (see ParentWatchAgent).
        layout.guardAgentJar().ifPresent(jar -> command.add("-javaagent:" + jar));
        return command;
    }

    JavaCommand add(String... args) {
        Collections.addAll(arguments, args);
        return this;
    }

    JavaCommand addAll(List<String> args) {
        arguments.addAll(args);
        return this;
    }

    List<String> toList() {
        return List.copyOf(arguments);
    }
}
