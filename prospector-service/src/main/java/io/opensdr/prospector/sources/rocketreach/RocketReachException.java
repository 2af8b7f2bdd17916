package io.opensdr.prospector.sources.rocketreach;

import java.time.Duration;
import java.util.Optional;

/** RocketReach could not be used; {@link #reason()} says whether waiting, or a person, can fix it. */
public class RocketReachException extends RuntimeException {

    public enum Reason {
        /** 401/403: the API key is missing, wrong or not allowed this call; a person must fix the configuration. */
        CONFIGURATION,
        /** 429 after every retry allowed, or a Retry-After longer than we accept to wait. */
        RATE_LIMITED,
        /** 5xx, a timeout or a broken connection after every retry allowed. */
        UNAVAILABLE,
        /** A 2xx whose body is not the documented shape (not JSON, no profiles array...). */
        BAD_RESPONSE,
        /** Any other 4xx: RocketReach refused the request itself. */
        REJECTED
    }

    private final Reason reason;
    private final transient Duration retryAfter;

    public RocketReachException(Reason reason, String message) {
        this(reason, message, (Duration) null);
    }

    /** @param retryAfter what RocketReach's last {@code Retry-After} asked, when it asked something */
    public RocketReachException(Reason reason, String message, Duration retryAfter) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public RocketReachException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = null;
    }

    public Reason reason() {
        return reason;
    }

    /** The wait RocketReach asked for before its last refusal (a 429's Retry-After), if any. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
