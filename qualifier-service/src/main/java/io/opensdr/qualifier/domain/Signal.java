package io.opensdr.qualifier.domain;

import java.time.Instant;

/** Something a prospect or their company did that hints at a budget, a need or a moment. */
public record Signal(SignalType type, Instant observedAt, String detail) {
}
