package io.opensdr.campaign.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Failed sign-in counts per key (an account, an IP address), shared by every replica. */
public interface LoginAttemptStore {

    Optional<Instant> lockedUntil(String key);

    /** Counts one failure; answers the failures counted within {@code window} of the first one, this one included. */
    int recordFailure(String key, Instant now, Duration window);

    void lock(String key, Instant until);

    void clear(String key);
}
