package io.opensdr.campaign.domain;

import java.time.Instant;

/** Signs short-lived access tokens naming the user, their current workspace and role there. */
public interface AccessTokenIssuer {

    AccessToken issue(UserAccount user, Membership membership);

    /** A signed access token; its value is a secret, never logged. */
    record AccessToken(String value, Instant expiresAt) {

        @Override
        public String toString() {
            return "AccessToken[expiresAt=" + expiresAt + "]";
        }
    }
}
