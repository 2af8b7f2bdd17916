package io.opensdr.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FixedWindowRateLimiterTest {

  private Instant now = Instant.parse("2026-11-27T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @Test
  void shouldRefuseTheRequestAfterTheLimitUntilTheWindowEnds() {
    FixedWindowRateLimiter limiter =
        new FixedWindowRateLimiter(new RateLimitProperties.Limit(3, Duration.ofMinutes(1)), clock);

    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire("a").block().allowed()).isTrue();
    }
    now = now.plusSeconds(20).plusMillis(1);
    FixedWindowRateLimiter.Decision fourth = limiter.tryAcquire("a").block();
    assertThat(fourth.allowed()).isFalse();
    assertThat(fourth.retryAfterSeconds()).isEqualTo(40);
    assertThat(limiter.tryAcquire("b").block().allowed()).isTrue();

    now = now.plusSeconds(40);
    assertThat(limiter.tryAcquire("a").block().allowed()).isTrue();
  }
}
