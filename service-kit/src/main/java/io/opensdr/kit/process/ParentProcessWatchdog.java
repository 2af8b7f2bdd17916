package io.opensdr.kit.process;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Stops this service when the process that started it is gone. The local stack's launcher sets
 * {@code OPENSDR_PARENT_PID} on its children, so that killing the launcher, even with
 * {@code kill -9}, leaves no orphan service behind. Without the variable it does nothing.
 */
public class ParentProcessWatchdog implements SmartLifecycle {

    public static final String PARENT_PID_VARIABLE = "OPENSDR_PARENT_PID";
    private static final Logger log = LoggerFactory.getLogger(ParentProcessWatchdog.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final ApplicationContext context;
    private final Optional<ProcessHandle> parent;
    private volatile Thread thread;

    public ParentProcessWatchdog(ApplicationContext context, String parentPid) {
        this.context = context;
        this.parent = parentPid == null || parentPid.isBlank()
                ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(parentPid.trim()));
    }

    @Override
    public void start() {
        parent.ifPresent(process -> {
            Thread watcher = new Thread(() -> watch(process), "parent-watchdog");
            watcher.setDaemon(true);
            watcher.start();
            thread = watcher;
        });
    }

    private void watch(ProcessHandle process) {
        try {
            while (process.isAlive()) {
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            return;
        }
        log.warn("The launcher (pid {}) is gone: stopping", process.pid());
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    @Override
    public void stop() {
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null && thread.isAlive();
    }
}
