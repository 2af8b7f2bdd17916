package io.opensdr.gateway.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system's clock moved by an offset the test sets: time flows, and jumps on request. */
final class AdjustableClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  /** Sets the offset so that this clock reads {@code instant} now. */
  AdjustableClock at(Instant instant) {
    offset = Duration.between(Instant.now(), instant);
    return this;
  }

  void advance(Duration duration) {
    offset = offset.plus(duration);
  }

  /** A moment {@code into} a window of {@code window} that starts at a whole number of windows. */
  static Instant into(Duration window, Duration into) {
    long length = window.toMillis();
    long now = System.currentTimeMillis();
    return Instant.ofEpochMilli(now - Math.floorMod(now, length) + length + into.toMillis());
  }

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
    return Instant.now().plus(offset);
  }
}
