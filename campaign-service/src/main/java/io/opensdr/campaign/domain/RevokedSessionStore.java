package io.opensdr.campaign.domain;

import java.time.Instant;
import java.util.Set;

/**
 * The sessions signed out (a logout, or a refresh token presented twice) while access tokens of
 * theirs may still be alive. Each is kept until {@code until}, when the last of those tokens has
 * expired; other services read the ids ({@code GET /api/auth/revocations}) and refuse those tokens.
 */
public interface RevokedSessionStore {

    /** Records the session as revoked until the given instant; revoking it again keeps the later one. */
    void revoke(String sessionId, Instant at, Instant until);

    /** The sessions revoked whose tokens may still be alive at {@code now}. */
    Set<String> revokedAt(Instant now);
}
