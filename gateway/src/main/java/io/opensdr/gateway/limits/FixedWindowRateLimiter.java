package io.opensdr.gateway.limits;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code requests} per key in each window of {@code window}, counted in this JVM's
 * memory: right for one gateway instance (several instances would each allow the limit). A
 * refused request learns when its key's window ends ({@code Retry-After}). Keys whose window has
 * ended are dropped once the map holds {@value #PURGE_ABOVE} keys.
 */
final class FixedWindowRateLimiter {

  static final int PURGE_ABOVE = 100_000;

  /** Allowed, or refused with the whole seconds until the window ends (at least 1). */
  record Decision(boolean allowed, long retryAfterSeconds) {}

  private record Window(long startMillis, int count) {}

  private final int requests;
  private final long windowMillis;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  FixedWindowRateLimiter(RateLimitProperties.Limit limit, Clock clock) {
    this.requests = limit.requests();
    this.windowMillis = limit.window().toMillis();
    this.clock = clock;
  }

  Decision tryAcquire(String key) {
    long now = clock.millis();
    if (windows.size() > PURGE_ABOVE) {
      windows.values().removeIf(w -> now - w.startMillis() >= windowMillis);
    }
    Window window =
        windows.compute(
            key,
            (k, current) ->
                current == null || now - current.startMillis() >= windowMillis
                    ? new Window(now, 1)
                    : new Window(current.startMillis(), current.count() + 1));
    if (window.count() <= requests) {
      return new Decision(true, 0);
    }
    long remaining = window.startMillis() + windowMillis - now;
    return new Decision(false, Math.max(1, (remaining + 999) / 1000));
  }
}
