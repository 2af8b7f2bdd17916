package io.opensdr.campaign.domain;

import java.time.Instant;

/**
 * Signs short-lived access tokens naming the user, their current workspace and role there, and the
 * session ({@code sid}: the refresh-token family) they belong to, so that signing out revokes them.
 */
public interface AccessTokenIssuer {

    AccessToken issue(UserAccount user, Membership membership, String sessionId);

    /** A signed access token; its value is a secret, never logged. */
    record AccessToken(String value, Instant expiresAt) {

        @Override
        public String toString() {
            return "AccessToken[expiresAt=" + expiresAt + "]";
        }
    }
}
