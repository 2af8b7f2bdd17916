package io.opensdr.local.guard;

import java.util.Optional;

/**
 * A Java agent put into every child JVM of the launcher ({@code -javaagent:local-stack-guard.jar}).
 *
 * <p>It makes the child exit when the launcher is gone, even if the launcher was killed with
 * {@code kill -9} and had no chance to stop its children. Without it, a killed launcher would
 * leave Kafka and the registry running and holding their ports. The parent pid comes from the
 * agent argument or, failing that, the {@code OPENSDR_PARENT_PID} environment variable that the
 * launcher gives every child.
 *
 * <p>This class must stay dependency-free: its jar is added to the registry's Quarkus JVM.
 */
public final class ParentWatchAgent {

    static final String PARENT_PID_ENV = "OPENSDR_PARENT_PID";

    /** How long the child may take to shut down cleanly before it is halted. */
    private static final long HALT_AFTER_MILLIS = 20_000;

    private ParentWatchAgent() {
    }

    public static void premain(String agentArgs) {
        String pid = agentArgs != null && !agentArgs.isBlank() ? agentArgs : System.getenv(PARENT_PID_ENV);
        if (pid == null || pid.isBlank()) {
            return; // started by hand, not by the launcher: nothing to watch
        }
        watch(Long.parseLong(pid.trim()));
    }

    /** Exits this JVM (running its shutdown hooks) once process {@code parentPid} has ended. */
    public static void watch(long parentPid) {
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        Thread watcher = new Thread(() -> {
            parent.ifPresent(p -> p.onExit().join());
            System.err.println("[opensdr-guard] launcher process " + parentPid + " is gone; exiting");
            Thread halter = new Thread(() -> {
                sleep(HALT_AFTER_MILLIS);
                Runtime.getRuntime().halt(1); // shutdown hooks hung: do not outlive the launcher
            }, "opensdr-guard-halt");
            halter.setDaemon(true);
            halter.start();
            System.exit(0);
        }, "opensdr-guard");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
