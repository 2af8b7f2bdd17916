package io.opensdr.gateway.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * At most {@code requests} per key in each window of {@code window}, counted by a {@link
 * RateLimitCounter} (in memory, or shared by every gateway instance). A refused request learns
 * when its key's window ends ({@code Retry-After}).
 *
 * <p>Fails open: when the counter cannot answer (the shared store is down or slower than {@code
 * timeout}) the request is let through and a warning logged, at most once per window, so that an
 * outage of the rate limits' database never takes the API down with it. After such a failure the
 * counter is not asked again for {@link #PASS_AFTER_FAILURE} (every request would otherwise wait
 * up to {@code timeout}): then one request tries it again.
 */
final class FixedWindowRateLimiter {

  private static final Logger log = LoggerFactory.getLogger(FixedWindowRateLimiter.class);

  static final Duration PASS_AFTER_FAILURE = Duration.ofSeconds(5);

  /** Allowed, or refused with the whole seconds until the window ends (at least 1). */
  record Decision(boolean allowed, long retryAfterSeconds) {
    static final Decision ALLOWED = new Decision(true, 0);
  }

  private final String name;
  private final int requests;
  private final Duration window;
  private final RateLimitCounter counter;
  private final Clock clock;
  private final Duration timeout;
  private final AtomicLong lastWarningMillis = new AtomicLong(Long.MIN_VALUE / 2);
  private volatile long skipCounterUntilMillis = Long.MIN_VALUE;

  /** In memory (one gateway instance). */
  FixedWindowRateLimiter(RateLimitProperties.Limit limit, Clock clock) {
    this("limit", limit, new InMemoryRateLimitCounter(clock), clock, Duration.ofSeconds(1));
  }

  /**
   * @param name this limit's part of the counter's keys (several limits share one counter)
   */
  FixedWindowRateLimiter(
      String name,
      RateLimitProperties.Limit limit,
      RateLimitCounter counter,
      Clock clock,
      Duration timeout) {
    this.name = name;
    this.requests = limit.requests();
    this.window = limit.window();
    this.counter = counter;
    this.clock = clock;
    this.timeout = timeout;
  }

  Mono<Decision> tryAcquire(String key) {
    if (clock.millis() < skipCounterUntilMillis) {
      return Mono.just(Decision.ALLOWED);
    }
    return Mono.defer(() -> counter.increment(name + ":" + key, window))
        .timeout(timeout)
        .map(
            count -> {
              if (count.hits() <= requests) {
                return Decision.ALLOWED;
              }
              long remaining = count.windowEnd().toEpochMilli() - clock.millis();
              return new Decision(false, Math.max(1, (remaining + 999) / 1000));
            })
        .onErrorResume(this::failOpen);
  }

  private Mono<Decision> failOpen(Throwable error) {
    long now = clock.millis();
    skipCounterUntilMillis = now + PASS_AFTER_FAILURE.toMillis();
    long last = lastWarningMillis.get();
    if (now - last >= window.toMillis() && lastWarningMillis.compareAndSet(last, now)) {
      log.warn(
          "The {} rate limit's counter failed ({}): requests pass unlimited until it answers"
              + " again (logged at most once per {})",
          name,
          error.toString(),
          window);
    }
    return Mono.just(Decision.ALLOWED);
  }
}
