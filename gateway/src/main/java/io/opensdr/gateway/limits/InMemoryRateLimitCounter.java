package io.opensdr.gateway.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * Counts in this JVM's memory: right for one gateway instance (several instances would each allow
 * the limit). A key's window starts with its first hit. Keys whose window has ended are dropped
 * once the map holds {@value #PURGE_ABOVE} keys.
 */
final class InMemoryRateLimitCounter implements RateLimitCounter {

  static final int PURGE_ABOVE = 100_000;

  private record Window(long startMillis, long lengthMillis, long hits) {
    boolean endedAt(long now) {
      return now - startMillis >= lengthMillis;
    }
  }

  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  InMemoryRateLimitCounter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Mono<Count> increment(String key, Duration window) {
    long now = clock.millis();
    long length = window.toMillis();
    if (windows.size() > PURGE_ABOVE) {
      windows.values().removeIf(w -> w.endedAt(now));
    }
    Window counted =
        windows.compute(
            key,
            (k, current) ->
                current == null || current.endedAt(now)
                    ? new Window(now, length, 1)
                    : new Window(current.startMillis(), length, current.hits() + 1));
    return Mono.just(
        new Count(counted.hits(), Instant.ofEpochMilli(counted.startMillis() + length)));
  }
}
