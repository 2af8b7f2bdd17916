package io.opensdr.campaign.domain;

import java.time.Duration;

/** Too many failed sign-ins for this account or from this address: try again after {@code retryAfter}. */
public class LoginLockedException extends RuntimeException {

    private final Duration retryAfter;

    public LoginLockedException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + Math.max(1, retryAfter.toMinutes()) + " minute(s).");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
