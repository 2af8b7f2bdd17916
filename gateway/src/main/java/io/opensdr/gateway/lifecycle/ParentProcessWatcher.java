package io.opensdr.gateway.lifecycle;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends this process when the process that started it is gone, so a supervisor that dies (a
 * killed local stack, a crashed test harness) leaves no gateway behind. Enabled by the
 * environment variable {@value #PARENT_PID_ENV}. The services get the same behaviour from
 * service-kit; the gateway is WebFlux and keeps this small copy instead of depending on it.
 */
public final class ParentProcessWatcher {

  public static final String PARENT_PID_ENV = "OPENSDR_PARENT_PID";

  private static final Logger log = LoggerFactory.getLogger(ParentProcessWatcher.class);

  private final long parentPid;
  private final Duration interval;
  private final LongPredicate isAlive;

  public ParentProcessWatcher(long parentPid, Duration interval, LongPredicate isAlive) {
    this.parentPid = parentPid;
    this.interval = interval;
    this.isAlive = isAlive;
  }

  /** A watcher polling every second, if {@value #PARENT_PID_ENV} holds a process id. */
  public static Optional<ParentProcessWatcher> fromEnvironment(Map<String, String> environment) {
    String value = environment.get(PARENT_PID_ENV);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(value.trim());
      return Optional.of(
          new ParentProcessWatcher(pid, Duration.ofSeconds(1), ParentProcessWatcher::isRunning));
    } catch (NumberFormatException e) {
      log.warn("Ignoring {}={}: not a process id", PARENT_PID_ENV, value);
      return Optional.empty();
    }
  }

  /** A process that cannot be found counts as gone. */
  public static boolean isRunning(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  public long parentPid() {
    return parentPid;
  }

  /** Polls on a daemon thread and runs {@code onParentGone} once the parent is gone. */
  public Thread start(Runnable onParentGone) {
    Thread thread = new Thread(() -> watch(onParentGone), "parent-process-watcher");
    thread.setDaemon(true);
    thread.start();
    log.info("Will exit when process {} ends", parentPid);
    return thread;
  }

  private void watch(Runnable onParentGone) {
    try {
      while (isAlive.test(parentPid)) {
        Thread.sleep(interval.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    log.info("Parent process {} is gone; shutting down", parentPid);
    onParentGone.run();
  }
}
