package io.opensdr.gateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParentProcessWatcherTest {

  @Test
  void shouldCallBackOnceTheWatchedProcessEnds() throws Exception {
    Process parent = new ProcessBuilder("sleep", "60").start();
    try {
      CountDownLatch gone = new CountDownLatch(1);
      new ParentProcessWatcher(parent.pid(), Duration.ofMillis(50), ParentProcessWatcher::isRunning)
          .start(gone::countDown);

      assertThat(gone.await(300, TimeUnit.MILLISECONDS)).as("still alive").isFalse();
      parent.destroy();

      await().atMost(Duration.ofSeconds(5)).until(() -> gone.getCount() == 0);
    } finally {
      parent.destroyForcibly();
    }
  }

  @Test
  void shouldTreatAnUnknownProcessAsGone() {
    assertThat(ParentProcessWatcher.isRunning(ProcessHandle.current().pid())).isTrue();
    assertThat(ParentProcessWatcher.isRunning(Long.MAX_VALUE)).isFalse();
  }

  @Test
  void shouldWatchOnlyWhenTheEnvironmentNamesAParent() {
    assertThat(ParentProcessWatcher.fromEnvironment(Map.of())).isEmpty();
    assertThat(ParentProcessWatcher.fromEnvironment(Map.of("OPENSDR_PARENT_PID", "abc"))).isEmpty();
    assertThat(ParentProcessWatcher.fromEnvironment(Map.of("OPENSDR_PARENT_PID", " 4242 ")))
        .hasValueSatisfying(watcher -> assertThat(watcher.parentPid()).isEqualTo(4242));
  }

  @Test
  void shouldRunOnADaemonThread() throws Exception {
    Thread thread =
        new ParentProcessWatcher(1, Duration.ofSeconds(1), pid -> true).start(() -> {});
    assertThat(thread.isDaemon()).isTrue();
    thread.interrupt();
    thread.join(2000);
    assertThat(thread.isAlive()).isFalse();
  }
}
