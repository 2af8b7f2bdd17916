package io.opensdr.prospector.sources.rocketreach;

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

    public RocketReachException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RocketReachException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
