package io.opensdr.prospector.domain;

import java.time.Instant;

/** Something a prospect or their company did recently that hints at a need or a budget. */
public record Signal(SignalType type, Instant observedAt, String detail) {
}
