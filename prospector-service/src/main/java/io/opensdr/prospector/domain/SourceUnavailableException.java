package io.opensdr.prospector.domain;

import java.time.Duration;

/**
 * Thrown by a {@link ProspectSource} that cannot search now for a reason that time will fix: its
 * plan's quota is used up, it is rate limiting, it is down. The campaign's progress shows the
 * reason, and the source is not asked again for that campaign before {@code retryAfter}.
 */
public class SourceUnavailableException extends RuntimeException {

    private final transient Duration retryAfter;

    public SourceUnavailableException(String reason, Duration retryAfter) {
        super(reason);
        this.retryAfter = retryAfter;
    }

    public SourceUnavailableException(String reason, Duration retryAfter, Throwable cause) {
        super(reason, cause);
        this.retryAfter = retryAfter;
    }

    /** How long to leave the source alone; never negative. */
    public Duration retryAfter() {
        return retryAfter == null || retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }
}
