package io.opensdr.campaign.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Locks sign-in for an account, and for an IP address, after repeated failures: {@code
 * maxAccountFailures} (or {@code maxAddressFailures}) within the window lock the key for the
 * lockout. A locked key is refused before the password is even checked. A success clears the
 * account's count, not the address's (an attacker's own good password must not reset it).
 * Counts live in the store, so every replica sees them.
 */
@Service
public class LoginThrottle {

    private final LoginAttemptStore attempts;
    private final AuthPolicy policy;
    private final Clock clock;

    public LoginThrottle(LoginAttemptStore attempts, AuthPolicy policy, Clock clock) {
        this.attempts = attempts;
        this.policy = policy;
        this.clock = clock;
    }

    /** Throws {@link LoginLockedException} when the account or the address is locked. */
    public void checkAllowed(String email, String address) {
        Instant now = clock.instant();
        Optional<Instant> until = later(attempts.lockedUntil(accountKey(email)), attempts.lockedUntil(addressKey(address)));
        until.filter(now::isBefore).ifPresent(lockedUntil -> {
            throw new LoginLockedException(Duration.between(now, lockedUntil));
        });
    }

    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        count(accountKey(email), policy.maxAccountFailures(), now);
        count(addressKey(address), policy.maxAddressFailures(), now);
    }

    public void recordSuccess(String email) {
        attempts.clear(accountKey(email));
    }

    private void count(String key, int max, Instant now) {
        if (attempts.recordFailure(key, now, policy.failureWindow()) >= max) {
            attempts.lock(key, now.plus(policy.lockout()));
        }
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }

    static String accountKey(String email) {
        return "account:" + Accounts.normalise(email == null ? "" : email);
    }

    static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
