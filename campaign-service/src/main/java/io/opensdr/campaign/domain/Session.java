package io.opensdr.campaign.domain;

import java.time.Instant;

/**
 * A signed-in session in one workspace: the access token and, unless only the access token was
 * renewed, the refresh token that renews it. {@link #toString()} leaves both secrets out.
 */
public record Session(UserAccount user, Workspace workspace, Role role, AccessTokenIssuer.AccessToken accessToken,
                      String refreshToken, Instant refreshTokenExpiresAt) {

    @Override
    public String toString() {
        return "Session[user=" + user.id() + ", workspace=" + workspace.id() + ", role=" + role + "]";
    }
}
