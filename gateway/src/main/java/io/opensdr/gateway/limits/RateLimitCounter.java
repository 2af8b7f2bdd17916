package io.opensdr.gateway.limits;

import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * Where the rate limits count: one hit for a key in its fixed window of the given length. In this
 * JVM's memory ({@link InMemoryRateLimitCounter}, one gateway instance) or in MongoDB ({@link
 * MongoRateLimitCounter}, shared by every instance): {@code opensdr.gateway.rate-limits.store}.
 */
interface RateLimitCounter {

  /**
   * Counts one hit for {@code key} in its current window of length {@code window}.
   *
   * @return the hits counted in that window so far (this one included) and when the window ends
   */
  Mono<Count> increment(String key, Duration window);

  record Count(long hits, Instant windowEnd) {}
}
